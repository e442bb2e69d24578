import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

import {
	loadSettings,
	parseSettings,
	settingsItem,
	SettingsSchema,
	type LoadedSettings,
	type Settings,
} from '../../storage/settings';

export interface SettingsState {
	/** Undefined until read, so pages can keep their layout steady while loading. */
	settings: Settings | undefined;
	/** True when stored settings were corrupt and the defaults are in use. */
	corrupt: boolean;
	update: (change: (current: Settings) => Settings) => Promise<void>;
}

/** The person's settings, kept current as they change anywhere (another page, the popup). */
export function useSettings(): SettingsState {
	const [state, setState] = useState<{ settings: Settings | undefined; corrupt: boolean }>({
		settings: undefined,
		corrupt: false,
	});
	const current = useRef(state);
	const apply = useCallback((next: LoadedSettings) => {
		current.current = next;
		setState(next);
	}, []);
	useEffect(() => {
		void loadSettings().then(apply);
		return settingsItem.watch((value) => apply(parseSettings(value)));
	}, [apply]);
	const update = useCallback(
		async (change: (current: Settings) => Settings) => {
			const base = current.current.settings ?? (await loadSettings()).settings;
			const next = SettingsSchema.parse(change(base));
			// Shown at once (a controlled checkbox must not flick back while storage catches up), then stored.
			apply({ settings: next, corrupt: false });
			await settingsItem.setValue(next);
		},
		[apply],
	);
	return { ...state, update };
}
