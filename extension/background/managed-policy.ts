import { browser } from 'wxt/browser';
import { z } from 'zod';

/** The keys of `public/managed_schema.json`; anything else in the policy is ignored, a bad value dropped. */
export const ManagedPolicySchema = z.object({
	rulePackUrl: z.string().optional().catch(undefined),
	rulePackPublicKeys: z.array(z.string()).optional().catch(undefined),
	updateIntervalMinutes: z.number().int().optional().catch(undefined),
	lineManagerEmail: z.email().optional().catch(undefined),
});
export type ManagedPolicy = z.infer<typeof ManagedPolicySchema>;

/** Reads enterprise policy (`storage.managed`); Firefox without policies.json throws, which means none. */
export async function readManagedPolicy(): Promise<ManagedPolicy> {
	try {
		return ManagedPolicySchema.parse(await browser.storage.managed.get());
	} catch {
		return {};
	}
}

/**
 * The policy, read once and kept until it changes: the first `storage.managed` read after a browser
 * start takes seconds, and a check must not wait for it each time.
 */
export function createManagedPolicyCache(): () => Promise<ManagedPolicy> {
	let cached: Promise<ManagedPolicy> | undefined;
	browser.storage.onChanged.addListener((_changes, area) => {
		if (area === 'managed') cached = undefined;
	});
	return () => (cached ??= readManagedPolicy());
}
