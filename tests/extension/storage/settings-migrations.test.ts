import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { loadSettings, settingsItem, updateSettings } from '../../../extension/storage/settings';
import { migrateSettingsV1ToV2 } from '../../../extension/storage/settings-migrations';
import { DEFAULT_SETTINGS, SettingsSchema } from '../../../extension/storage/settings-schema';

const V1 = {
	optedIn: true,
	sites: { facebook: true, x: false, linkedin: true, instagram: false },
	lineManagerName: 'Sam Okafor',
	lineManagerEmail: 'sokafor@mandeville.ealing.sch.uk',
	snoozedUntil: null,
};

async function storeRaw(value: unknown, version?: number): Promise<void> {
	await fakeBrowser.storage.local.set({ settings: value });
	if (version !== undefined) await fakeBrowser.storage.local.set({ settings$: { v: version } });
}

describe('settings storage', () => {
	beforeEach(() => fakeBrowser.reset());

	it('migrates v1 to v2, keeping everything v1 held', async () => {
		await storeRaw(V1, 1);
		await settingsItem.migrate();
		const { settings, corrupt } = await loadSettings();
		expect(corrupt).toBe(false);
		expect(settings).toEqual({
			...V1,
			workingTime: DEFAULT_SETTINGS.workingTime,
			history: DEFAULT_SETTINGS.history,
		});
		expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: 2 } });
	});

	it('treats stored settings without a version as v1', async () => {
		await storeRaw(V1);
		await settingsItem.migrate();
		expect((await loadSettings()).settings.sites.x).toBe(false);
	});

	it('leaves v2 settings as they are', async () => {
		const v2 = { ...DEFAULT_SETTINGS, optedIn: true, history: { keepWords: true, retentionDays: 7 } };
		await storeRaw(v2, 2);
		await settingsItem.migrate();
		expect((await loadSettings()).settings).toEqual(v2);
	});

	it('falls back to defaults, and says so, when what is stored is corrupt', async () => {
		await storeRaw({ optedIn: 'yes', sites: 3 }, 2);
		expect(await loadSettings()).toEqual({ settings: DEFAULT_SETTINGS, corrupt: true });
	});

	it('the migration passes junk through without throwing, for loadSettings to report', () => {
		expect(migrateSettingsV1ToV2('junk')).toBe('junk');
		expect(migrateSettingsV1ToV2(null)).toBe(null);
		expect(SettingsSchema.safeParse(migrateSettingsV1ToV2({ optedIn: true })).success).toBe(false);
	});

	it('uses the defaults (opted out) when nothing is stored', async () => {
		expect(await loadSettings()).toEqual({ settings: DEFAULT_SETTINGS, corrupt: false });
		expect(DEFAULT_SETTINGS.optedIn).toBe(false);
	});

	it('refuses to store an invalid line-manager e-mail', async () => {
		await expect(updateSettings((s) => ({ ...s, lineManagerEmail: 'not an address' }))).rejects.toThrow();
		await updateSettings((s) => ({ ...s, lineManagerEmail: 'head@school.org' }));
		expect((await loadSettings()).settings.lineManagerEmail).toBe('head@school.org');
	});
});
