import { z } from 'zod';

import { DEFAULT_SETTINGS } from './settings-schema';

/** Settings as version 1 stored them: opt-in, sites, line manager and snooze only. */
export const SettingsV1Schema = z.object({
	optedIn: z.boolean(),
	sites: z.object({ facebook: z.boolean(), x: z.boolean(), linkedin: z.boolean(), instagram: z.boolean() }),
	lineManagerName: z.string(),
	lineManagerEmail: z.string(),
	snoozedUntil: z.number().nullable(),
});

/**
 * v1 → v2: keeps everything v1 held and adds working-time reminders and history choices at their defaults.
 * Never throws: a value that is not an object is passed on untouched, for `loadSettings` to report.
 */
export function migrateSettingsV1ToV2(old: unknown): unknown {
	if (typeof old !== 'object' || old === null || Array.isArray(old)) return old;
	return {
		...(old as Record<string, unknown>),
		workingTime: DEFAULT_SETTINGS.workingTime,
		history: DEFAULT_SETTINGS.history,
	};
}

/** Every migration, keyed by the version it produces (WXT storage's `migrations`). */
export const SETTINGS_MIGRATIONS = { 2: migrateSettingsV1ToV2 };
export const SETTINGS_VERSION = 2;
