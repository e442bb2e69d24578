import { useCallback, useEffect, useState } from 'preact/hooks';

import { listHistory, pruneHistory } from '../../storage/history-db';
import type { HistoryEntry } from '../../storage/history-entry';

export type HistoryState =
	{ status: 'loading' } | { status: 'ready'; entries: HistoryEntry[] } | { status: 'paused' };

/**
 * Every entry in history (after enforcing the retention period). If IndexedDB fails, the state is `paused`:
 * the page says so, and checking carries on regardless.
 */
export function useHistory(retentionDays: number | undefined): [HistoryState, () => void] {
	const [state, setState] = useState<HistoryState>({ status: 'loading' });
	const [generation, setGeneration] = useState(0);
	useEffect(() => {
		if (retentionDays === undefined) return;
		let live = true;
		pruneHistory(retentionDays)
			.then(() => listHistory())
			.then((entries) => live && setState({ status: 'ready', entries }))
			.catch((error: unknown) => {
				console.warn('[Second Look] history is paused', error);
				if (live) setState({ status: 'paused' });
			});
		return () => {
			live = false;
		};
	}, [retentionDays, generation]);
	const reload = useCallback(() => setGeneration((g) => g + 1), []);
	return [state, reload];
}
