import {
	loadSettings,
	parseSettings,
	settingsItem,
	SettingsSchema,
	type LoadedSettings,
	type Settings,
} from './settings';

export interface SettingsSession {
	/** Applies a change to what this page shows, shows it at once, then stores it after any earlier change. */
	update: (change: (current: Settings) => Settings) => Promise<void>;
	/** Stops watching storage. */
	close: () => void;
}

/**
 * One page's settings: read once, kept current as other pages change them, and changed in order.
 * Each change builds on the last one this page made, never on a storage event that is still catching up:
 * while this page's writes are on their way, events are ignored (they are its own, or older), and once the
 * last write lands the page reads storage again, so another page's change is not lost from view.
 */
export function openSettingsSession(show: (loaded: LoadedSettings) => void): SettingsSession {
	let latest: LoadedSettings | undefined;
	let pending = 0;
	let queue: Promise<void> = Promise.resolve();
	let closed = false;
	const accept = (loaded: LoadedSettings) => {
		if (closed || pending > 0) return;
		latest = loaded;
		show(loaded);
	};
	void loadSettings().then((loaded) => {
		if (latest === undefined) accept(loaded);
	});
	const unwatch = settingsItem.watch((value) => accept(parseSettings(value)));

	const update = async (change: (current: Settings) => Settings) => {
		const base = latest?.settings ?? (await loadSettings()).settings;
		const next = SettingsSchema.parse(change(base));
		pending += 1;
		latest = { settings: next, corrupt: false };
		// Shown at once: a controlled checkbox must not flick back while storage catches up.
		show(latest);
		const write = queue.then(() => settingsItem.setValue(next));
		queue = write.catch(() => undefined);
		try {
			await write;
		} finally {
			pending -= 1;
			if (pending === 0) accept(await loadSettings());
		}
	};
	return {
		update,
		close: () => {
			closed = true;
			unwatch();
		},
	};
}
