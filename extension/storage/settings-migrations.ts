import { z } from 'zod';

import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from './settings-schema';

/** Settings as version 1 stored them: opt-in, sites, line manager and snooze only. */
export const SettingsV1Schema = z
	.object({
		optedIn: z.boolean(),
		sites: z.object({ facebook: z.boolean(), x: z.boolean(), linkedin: z.boolean(), instagram: z.boolean() }),
		lineManagerName: z.string().max(200),
		lineManagerEmail: SettingsSchema.shape.lineManagerEmail,
		snoozedUntil: z.number().nullable(),
	})
	// Strict, so that a version 2 value with a broken field is reported, not read as version 1.
	.strict();
export type SettingsV1 = z.infer<typeof SettingsV1Schema>;

/** v1 → v2: keeps everything v1 held and adds working-time reminders and history choices at their defaults. */
export function migrateSettingsV1ToV2(old: SettingsV1): Settings {
	return { ...old, workingTime: DEFAULT_SETTINGS.workingTime, history: DEFAULT_SETTINGS.history };
}

/**
 * Stored settings of any version, read as the current one. An upgrade happens on reading and is stored with
 * the person's next change. Nothing is written on load: WXT's item migrations wrote in every page and content
 * script that opened, and one that read the settings mid-write put back an older copy over newer changes.
 */
export const StoredSettingsSchema = z.union([
	SettingsSchema,
	SettingsV1Schema.transform(migrateSettingsV1ToV2),
]);
