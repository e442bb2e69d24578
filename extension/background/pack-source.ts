import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

import { keyFingerprint, parsePublicKey } from '../../shared/pack/pack-keys';
import type { PackSourceView } from '../messaging/pack-protocol';
import { readManagedPolicy } from './managed-policy';
import { whyBadPackUrl } from './pack-url';

/** Check every 6 hours unless policy says otherwise; never more often than every 15 minutes. */
export const DEFAULT_INTERVAL_MINUTES = 360;
const MIN_INTERVAL_MINUTES = 15;

/** Where updates come from and which keys may sign them. */
export interface PackSource {
	from: 'policy' | 'settings' | 'none';
	url: string | null;
	publicKeys: string[];
	intervalMinutes: number;
}

const SettingsSourceSchema = z.object({ url: z.string(), publicKeys: z.array(z.string()) });
type SettingsSource = z.infer<typeof SettingsSourceSchema>;

/** The source set on the settings page, used only where no policy sets one. */
export const settingsSourceItem = storage.defineItem<SettingsSource | null>('local:packSource', {
	fallback: null,
});

/** The update source in force: policy if it names a pack URL or keys, else the settings page's, else none. */
export async function readPackSource(): Promise<PackSource> {
	const [policy, saved] = await Promise.all([readManagedPolicy(), settingsSourceItem.getValue()]);
	const interval = Math.max(MIN_INTERVAL_MINUTES, policy.updateIntervalMinutes ?? DEFAULT_INTERVAL_MINUTES);
	if (policy.rulePackUrl || policy.rulePackPublicKeys?.length) {
		return {
			from: 'policy',
			url: policy.rulePackUrl ?? null,
			publicKeys: policy.rulePackPublicKeys ?? [],
			intervalMinutes: interval,
		};
	}
	const settings = SettingsSourceSchema.safeParse(saved);
	if (settings.success && settings.data.url) {
		return {
			from: 'settings',
			url: settings.data.url,
			publicKeys: settings.data.publicKeys,
			intervalMinutes: interval,
		};
	}
	return { from: 'none', url: null, publicKeys: [], intervalMinutes: interval };
}

/** Saves the settings page's source after checking it; an empty url and key clear it. */
export async function savePackSource(url: string, publicKey: string): Promise<string | null> {
	if ((await readPackSource()).from === 'policy') return 'Your school sets the rule pack source by policy.';
	if (url.trim() === '' && publicKey.trim() === '') {
		await settingsSourceItem.setValue(null);
		return null;
	}
	const badUrl = whyBadPackUrl(url.trim());
	if (badUrl) return `Pack address: ${badUrl}.`;
	const key = parsePublicKey(publicKey.trim());
	if (key instanceof Error) return `Public key: ${key.message}.`;
	await settingsSourceItem.setValue({ url: url.trim(), publicKeys: [publicKey.trim()] });
	return null;
}

/** The source as pages show it: keys as short fingerprints. */
export async function viewPackSource(source: PackSource): Promise<PackSourceView> {
	const keyFingerprints = await Promise.all(
		source.publicKeys.map(async (text) => {
			const key = parsePublicKey(text);
			return key instanceof Error ? 'invalid key' : keyFingerprint(key);
		}),
	);
	return {
		from: source.from,
		url: source.url,
		keyFingerprints,
		intervalMinutes: source.intervalMinutes,
		editable: source.from !== 'policy',
	};
}
