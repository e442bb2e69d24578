import type { CheckResult, FindingView } from '../messaging/protocol';
import { sendRequest } from '../messaging/send-request';
import type { HistoryAction, HistorySite } from '../storage/history-entry';

/** Identifies a flag within one draft: the same rule on the same words is the same flag. */
export function flagKey(finding: FindingView, text: string): string {
	return `${finding.rule}\u0000${text.slice(finding.start, finding.end).toLowerCase()}`;
}

export interface FlagLog {
	/** Records the flags of an answer not seen before in this draft. */
	noteFlags: (result: CheckResult, text: string) => void;
	/** Records what the person did about the given flags (all flags of the draft when none are given). */
	noteAction: (action: HistoryAction, keys?: string[]) => void;
	/** A new draft begins (the box was emptied or sent): forget this one's flags. */
	reset: () => void;
}

/**
 * Reports flags and the person's actions to the background, which alone writes the local history (and
 * keeps the flagged words only if the person allows it). Never sends the draft; failures are ignored.
 */
export function createFlagLog(site: HistorySite, surface: () => string): FlagLog {
	let ids = new Map<string, string>();
	const send = (event: Parameters<typeof sendRequest<'recordHistory'>>[0]['event']) =>
		void sendRequest({ kind: 'recordHistory', event }).catch(() => undefined);
	return {
		noteFlags(result, text) {
			for (const finding of result.findings) {
				const key = flagKey(finding, text);
				if (ids.has(key)) continue;
				const id = crypto.randomUUID();
				ids.set(key, id);
				send({
					type: 'flag',
					id,
					at: Date.now(),
					site,
					surface: surface(),
					clause: finding.clause,
					rule: finding.rule,
					words: finding.end > finding.start ? [text.slice(finding.start, finding.end)] : [],
				});
			}
		},
		noteAction(action, keys) {
			const at = Date.now();
			for (const key of keys ?? ids.keys()) {
				const id = ids.get(key);
				if (id) send({ type: 'action', id, action, at });
			}
		},
		reset() {
			ids = new Map();
		},
	};
}
