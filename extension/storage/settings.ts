import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

export const SITE_IDS = ['facebook', 'x', 'linkedin', 'instagram'] as const;
export type SiteId = (typeof SITE_IDS)[number];

/** The person's settings. Nothing is read from any page until `optedIn` is true. */
export const SettingsSchema = z.object({
	optedIn: z.boolean(),
	sites: z.object({ facebook: z.boolean(), x: z.boolean(), linkedin: z.boolean(), instagram: z.boolean() }),
	lineManagerName: z.string(),
	lineManagerEmail: z.string(),
	snoozedUntil: z.number().nullable(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
	optedIn: false,
	sites: { facebook: true, x: true, linkedin: true, instagram: true },
	lineManagerName: '',
	lineManagerEmail: '',
	snoozedUntil: null,
};

/** Settings in extension storage, versioned so later releases can migrate what people saved. */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
	fallback: DEFAULT_SETTINGS,
	version: 1,
});

/** Reads settings, falling back to defaults when what is stored does not validate. */
export async function readSettings(): Promise<Settings> {
	const parsed = SettingsSchema.safeParse(await settingsItem.getValue());
	return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

/** Whether drafts on this site may be read right now. */
export function isActiveOn(settings: Settings, site: SiteId | 'practice', now = Date.now()): boolean {
	if (!settings.optedIn) return false;
	if (settings.snoozedUntil !== null && now < settings.snoozedUntil) return false;
	return site === 'practice' || settings.sites[site];
}
