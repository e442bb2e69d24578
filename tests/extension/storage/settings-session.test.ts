import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import type { LoadedSettings } from '../../../extension/storage/settings';
import { DEFAULT_SETTINGS } from '../../../extension/storage/settings-schema';
import { openSettingsSession } from '../../../extension/storage/settings-session';

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));
const stored = async () => (await fakeBrowser.storage.local.get('settings')).settings as unknown;

/** Opens a session and waits for its first read; `shown` records everything it showed. */
async function open() {
	const shown: LoadedSettings[] = [];
	const session = openSettingsSession((loaded) => shown.push(loaded));
	await settle();
	return { session, shown, last: () => shown.at(-1)?.settings };
}

/** Holds every storage write until `release()`: a slow disk, so events can arrive while writes are pending. */
function holdWrites(): () => void {
	let release!: () => void;
	const gate = new Promise<void>((resolve) => (release = resolve));
	const local = fakeBrowser.storage.local;
	const realSet = local.set.bind(local);
	vi.spyOn(local, 'set').mockImplementation(async (items) => {
		await gate;
		return realSet(items);
	});
	return release;
}

describe('openSettingsSession()', () => {
	beforeEach(() => fakeBrowser.reset());
	afterEach(() => vi.restoreAllMocks());

	it('shows what is stored, then each change at once, and stores it', async () => {
		await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, optedIn: true } });
		const { session, last } = await open();
		expect(last()?.optedIn).toBe(true);
		const saving = session.update((s) => ({ ...s, sites: { ...s.sites, x: false } }));
		expect(last()?.sites.x).toBe(false); // before the write lands
		await saving;
		expect(await stored()).toMatchObject({ optedIn: true, sites: { x: false } });
		session.close();
	});

	it('builds each change on the last, even when an older value is reported meanwhile', async () => {
		const { session, last } = await open();
		const release = holdWrites();
		const first = session.update((s) => ({ ...s, optedIn: true }));
		// A late event carrying the settings from before the first change (as storage events can be).
		await fakeBrowser.storage.local.onChanged.trigger({
			settings: { oldValue: undefined, newValue: DEFAULT_SETTINGS },
		});
		const second = session.update((s) => ({ ...s, snoozedUntil: 1_800_000_000_000 }));
		release();
		await Promise.all([first, second]);
		expect(await stored()).toMatchObject({ optedIn: true, snoozedUntil: 1_800_000_000_000 });
		expect(last()).toMatchObject({ optedIn: true, snoozedUntil: 1_800_000_000_000 });
		session.close();
	});

	it('stores rapid changes in the order they were made', async () => {
		const { session, last } = await open();
		await Promise.all(
			[true, false, true, false, true].map((optedIn) => session.update((s) => ({ ...s, optedIn }))),
		);
		expect(await stored()).toMatchObject({ optedIn: true });
		expect(last()?.optedIn).toBe(true);
		session.close();
	});

	it('shows another page’s change, including one made while this page was writing', async () => {
		const { session, last } = await open();
		await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, lineManagerName: 'Ana' } });
		await settle();
		expect(last()?.lineManagerName).toBe('Ana');
		const mine = session.update((s) => ({ ...s, optedIn: true }));
		await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, lineManagerName: 'Bo' } });
		await mine;
		await settle();
		// Whichever write landed last is what the page shows once its own writes are done.
		expect(last()).toEqual((await stored()) as object);
		session.close();
	});

	it('refuses an invalid change and shows nothing new', async () => {
		const { session, shown } = await open();
		const count = shown.length;
		await expect(session.update((s) => ({ ...s, lineManagerEmail: 'nope' }))).rejects.toThrow();
		expect(shown).toHaveLength(count);
		session.close();
	});

	it('shows nothing once closed', async () => {
		const { session, shown } = await open();
		session.close();
		const count = shown.length;
		await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, optedIn: true } });
		await settle();
		expect(shown).toHaveLength(count);
	});
});
