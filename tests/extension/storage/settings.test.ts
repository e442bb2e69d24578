import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { loadSettings } from '../../../extension/storage/settings';
import { openSettingsSession } from '../../../extension/storage/settings-session';
import { DEFAULT_SETTINGS } from '../../../extension/storage/settings-schema';

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

const stored = () => fakeBrowser.storage.local.get(null);
// Pages change settings through a session; each test opens one and closes it.
const update = async (change: Parameters<ReturnType<typeof openSettingsSession>['update']>[0]) => {
	const session = openSettingsSession(() => {});
	try {
		await session.update(change);
	} finally {
		session.close();
	}
};

describe('settings storage', () => {
	beforeEach(() => fakeBrowser.reset());

	it('reads v1 as v2, keeping everything v1 held, with or without a version mark', async () => {
		for (const version of [1, undefined]) {
			fakeBrowser.reset();
			await storeRaw(V1, version);
			expect(await loadSettings()).toEqual({
				settings: { ...V1, workingTime: DEFAULT_SETTINGS.workingTime, history: DEFAULT_SETTINGS.history },
				corrupt: false,
			});
		}
	});

	it('writes nothing on reading; the upgrade is stored with the next change', async () => {
		await storeRaw(V1, 1);
		const before = await stored();
		await loadSettings();
		expect(await stored()).toEqual(before);
		await update((s) => ({ ...s, lineManagerName: 'Sam O.' }));
		expect((await stored()).settings).toEqual({
			...V1,
			lineManagerName: 'Sam O.',
			workingTime: DEFAULT_SETTINGS.workingTime,
			history: DEFAULT_SETTINGS.history,
		});
	});

	it('a page or content script that starts mid-write leaves newer settings as they are', async () => {
		// The state between the two writes of a first save under WXT's versioned items: the value, no mark yet.
		// A context that started then used to "migrate" it as v1 and write back defaults over the person's choices.
		const chosen = {
			...DEFAULT_SETTINGS,
			optedIn: true,
			workingTime: { ...DEFAULT_SETTINGS.workingTime, reminders: false },
		};
		await storeRaw(chosen);
		const before = await stored();
		vi.resetModules();
		const fresh = await import('../../../extension/storage/settings');
		expect((await fresh.loadSettings()).settings).toEqual(chosen);
		await new Promise((resolve) => setTimeout(resolve, 10));
		expect(await stored()).toEqual(before);
	});

	it('leaves v2 settings as they are', async () => {
		const v2 = { ...DEFAULT_SETTINGS, optedIn: true, history: { keepWords: true, retentionDays: 7 } };
		await storeRaw(v2, 2);
		expect((await loadSettings()).settings).toEqual(v2);
	});

	it('falls back to defaults, and says so, when what is stored is corrupt', async () => {
		await storeRaw({ optedIn: 'yes', sites: 3 }, 2);
		expect(await loadSettings()).toEqual({ settings: DEFAULT_SETTINGS, corrupt: true });
	});

	it('reports a v2 value with a broken field as corrupt rather than reading it as v1', async () => {
		await storeRaw({ ...V1, workingTime: { reminders: 'yes' }, history: DEFAULT_SETTINGS.history });
		expect(await loadSettings()).toEqual({ settings: DEFAULT_SETTINGS, corrupt: true });
	});

	it('reports junk as corrupt', async () => {
		for (const junk of ['junk', 7, [V1], { optedIn: true }]) {
			await storeRaw(junk);
			expect((await loadSettings()).corrupt).toBe(true);
		}
	});

	it('uses the defaults (opted out) when nothing is stored', async () => {
		expect(await loadSettings()).toEqual({ settings: DEFAULT_SETTINGS, corrupt: false });
		expect(DEFAULT_SETTINGS.optedIn).toBe(false);
	});

	it('refuses to store an invalid line-manager e-mail', async () => {
		await expect(update((s) => ({ ...s, lineManagerEmail: 'not an address' }))).rejects.toThrow();
		await update((s) => ({ ...s, lineManagerEmail: 'head@school.org' }));
		expect((await loadSettings()).settings.lineManagerEmail).toBe('head@school.org');
	});
});
