import { useEffect, useState } from 'preact/hooks';

import type { PackInfo } from '../../messaging/protocol';
import { sendRequest } from '../../messaging/send-request';
import { summarise } from '../../storage/history-db';
import { sevenDaysAgo } from '../../storage/history-summary';
import type { SiteId } from '../../storage/settings';
import { currentSite } from './current-site';

export interface PopupFacts {
	loaded: boolean;
	site: SiteId | undefined;
	pack: PackInfo | undefined;
	/** Flags in the last seven days; undefined when history is paused. */
	flagsThisWeek: number | undefined;
}

/** What the popup shows besides settings: the tab's site, the active pack, and this week's flags. */
export function usePopupFacts(): PopupFacts {
	const [facts, setFacts] = useState<PopupFacts>({
		loaded: false,
		site: undefined,
		pack: undefined,
		flagsThisWeek: undefined,
	});
	useEffect(() => {
		void Promise.all([
			currentSite(),
			sendRequest({ kind: 'getPackInfo' }).catch(() => undefined),
			summarise(sevenDaysAgo()).then(
				(s) => s.flags,
				() => undefined,
			),
		]).then(([site, pack, flagsThisWeek]) => setFacts({ loaded: true, site, pack, flagsThisWeek }));
	}, []);
	return facts;
}
