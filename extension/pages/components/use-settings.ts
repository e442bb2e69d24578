import { useEffect, useRef, useState } from 'preact/hooks';

import type { Settings } from '../../storage/settings';
import { openSettingsSession, type SettingsSession } from '../../storage/settings-session';

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
	const session = useRef<SettingsSession | null>(null);
	useEffect(() => {
		session.current = openSettingsSession(setState);
		return () => session.current?.close();
	}, []);
	const update = useRef((change: (current: Settings) => Settings) => session.current!.update(change));
	return { ...state, update: update.current };
}
