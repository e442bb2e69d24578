import { z } from 'zod';

import type { RulePack } from './schema';

/** A contact as school.yaml gives it: every field optional, anything else kept out. */
export const PackContactSchema = z.looseObject({
	name: z.string().optional(),
	role: z.string().optional(),
	email: z.string().optional(),
});
export type PackContact = z.infer<typeof PackContactSchema>;

/**
 * The pack's contact under `key` (school.yaml `contacts` is free-form data), or undefined when it has none
 * or it is malformed.
 * @example packContact(pack, 'policy')?.email
 */
export function packContact(pack: RulePack, key: string): PackContact | undefined {
	const parsed = PackContactSchema.safeParse(pack.school.contacts?.[key]);
	return parsed.success ? parsed.data : undefined;
}
