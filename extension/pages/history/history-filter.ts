import type { HistoryEntry, HistoryFilter } from '../../storage/history-entry';

/** The history page's filter form: clause, site and a date range (YYYY-MM-DD, local days, inclusive). */
export interface FilterForm {
	clause: string;
	site: string;
	from: string;
	to: string;
}

export const EMPTY_FILTER: FilterForm = { clause: '', site: '', from: '', to: '' };

function localDay(date: string, endOfDay: boolean): number | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	if (!match) return undefined;
	const [, y, m, d] = match.map(Number) as [number, number, number, number];
	return endOfDay ? new Date(y, m - 1, d, 23, 59, 59, 999).getTime() : new Date(y, m - 1, d).getTime();
}

/** The form as a store filter. */
export function toHistoryFilter(form: FilterForm): HistoryFilter {
	return {
		clause: form.clause || undefined,
		site: (form.site || undefined) as HistoryFilter['site'],
		from: localDay(form.from, false),
		to: localDay(form.to, true),
	};
}

/** Entries matching a filter (the page filters what it has loaded, so typing a date never re-reads the store). */
export function applyFilter(entries: readonly HistoryEntry[], filter: HistoryFilter): HistoryEntry[] {
	return entries.filter(
		(e) =>
			(filter.clause === undefined || e.clause === filter.clause) &&
			(filter.site === undefined || e.site === filter.site) &&
			(filter.from === undefined || e.at >= filter.from) &&
			(filter.to === undefined || e.at <= filter.to),
	);
}
