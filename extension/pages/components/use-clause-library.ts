import { useEffect, useState } from 'preact/hooks';

import type { ClauseLibrary } from '../../messaging/protocol';
import { sendRequest } from '../../messaging/send-request';

export type ClauseLibraryState =
	{ status: 'loading' } | { status: 'ready'; library: ClauseLibrary } | { status: 'unavailable' };

/** The active pack's clause library, asked of the background once per page. */
export function useClauseLibrary(): ClauseLibraryState {
	const [state, setState] = useState<ClauseLibraryState>({ status: 'loading' });
	useEffect(() => {
		sendRequest({ kind: 'getClauseLibrary' })
			.then((library) => setState({ status: 'ready', library }))
			.catch((error: unknown) => {
				console.warn('[Second Look] no clause library', error);
				setState({ status: 'unavailable' });
			});
	}, []);
	return state;
}
