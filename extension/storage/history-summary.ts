import type { HistoryAction, HistoryEntry } from './history-entry';

export interface HistorySummary {
	flags: number;
	actions: Record<HistoryAction, number>;
}

/** Counts flags and what was done about them. */
export function summariseEntries(entries: readonly HistoryEntry[]): HistorySummary {
	const actions: Record<HistoryAction, number> = {
		edited: 0,
		'posted-anyway': 0,
		'asked-line-manager': 0,
		'marked-wrong': 0,
		dismissed: 0,
	};
	for (const entry of entries) if (entry.action) actions[entry.action] += 1;
	return { flags: entries.length, actions };
}

/** "6 flags, 4 edited": the flag count and the commonest outcomes, in plain words. */
export function describeSummary(summary: HistorySummary): string {
	const parts = [`${summary.flags} ${summary.flags === 1 ? 'flag' : 'flags'}`];
	if (summary.actions.edited > 0) parts.push(`${summary.actions.edited} edited`);
	if (summary.actions['asked-line-manager'] > 0)
		parts.push(`${summary.actions['asked-line-manager']} asked line manager`);
	if (summary.actions['posted-anyway'] > 0) parts.push(`${summary.actions['posted-anyway']} posted anyway`);
	return parts.join(', ');
}

/** Start of the current calendar month, local time. */
export function startOfMonth(now = Date.now()): number {
	const d = new Date(now);
	return new Date(d.getFullYear(), d.getMonth(), 1).getTime();
}
/** Seven days ago: "this week" in the popup. */
export function sevenDaysAgo(now = Date.now()): number {
	return now - 7 * 24 * 60 * 60 * 1000;
}
