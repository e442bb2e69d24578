import { storage } from 'wxt/utils/storage';

import { StoredSettingsSchema } from './settings-migrations';
import { DEFAULT_SETTINGS, type Settings, type SiteId } from './settings-schema';

export * from './settings-schema';

/** Settings in extension storage. Older versions are upgraded as they are read (`StoredSettingsSchema`). */
export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS });

export interface LoadedSettings {
	settings: Settings;
	/** True when what was stored did not validate, so defaults are in use: pages say so. */
	corrupt: boolean;
}

/** Reads and validates settings; anything stored that does not validate gives the defaults and `corrupt`. */
export async function loadSettings(): Promise<LoadedSettings> {
	let stored: unknown;
	try {
		stored = await settingsItem.getValue();
	} catch {
		return { settings: DEFAULT_SETTINGS, corrupt: true };
	}
	return parseSettings(stored);
}

/** Validates a stored value of any version (also what `settingsItem.watch` reports). */
export function parseSettings(stored: unknown): LoadedSettings {
	const parsed = StoredSettingsSchema.safeParse(stored);
	return parsed.success
		? { settings: parsed.data, corrupt: false }
		: { settings: DEFAULT_SETTINGS, corrupt: true };
}

/** Reads settings, falling back to defaults when what is stored does not validate. */
export async function readSettings(): Promise<Settings> {
	return (await loadSettings()).settings;
}

/** Whether drafts on this site may be read right now. */
export function isActiveOn(settings: Settings, site: SiteId | 'practice', now = Date.now()): boolean {
	if (!settings.optedIn) return false;
	if (settings.snoozedUntil !== null && now < settings.snoozedUntil) return false;
	return site === 'practice' || settings.sites[site];
}
