import type { RecordHistoryResult, RequestOf } from '../../messaging/protocol';
import { pruneHistory, recordAction, recordFlag } from '../../storage/history-db';
import { HistoryEventSchema } from '../../storage/history-entry';
import { readSettings } from '../../storage/settings';

/**
 * The `recordHistory` handler: the only writer of history. Keeps the flagged words only when the person
 * allows it, records nothing when history is off, and never fails its caller: if IndexedDB does, it
 * answers `paused` and the content script carries on.
 */
export async function handleRecordHistory(request: RequestOf<'recordHistory'>): Promise<RecordHistoryResult> {
	const { history } = await readSettings();
	if (history.retentionDays === 0) return { recorded: false, paused: false };
	const event = HistoryEventSchema.parse(request.event);
	try {
		if (event.type === 'flag') {
			await recordFlag(event, { keepWords: history.keepWords });
			await pruneHistory(history.retentionDays, event.at);
			return { recorded: true, paused: false };
		}
		return { recorded: await recordAction(event.id, event.action, event.at), paused: false };
	} catch (error) {
		console.warn('[Second Look] history is paused:', error);
		return { recorded: false, paused: true };
	}
}
