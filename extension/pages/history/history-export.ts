import type { HistoryEntry } from '../../storage/history-entry';

const COLUMNS = ['when', 'site', 'surface', 'clause', 'rule', 'action', 'action_when', 'words'] as const;

/** One CSV field: quoted when needed; a leading = + - @ is defused so spreadsheets never run it as a formula. */
function csvField(value: string): string {
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const iso = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString());

/** History as CSV (RFC 4180, CRLF line ends), one row per flag. */
export function historyToCsv(entries: readonly HistoryEntry[]): string {
	const rows = entries.map((e) =>
		[
			iso(e.at),
			e.site,
			e.surface,
			e.clause,
			e.rule,
			e.action ?? '',
			iso(e.actionAt),
			(e.words ?? []).join(' | '),
		]
			.map(csvField)
			.join(','),
	);
	return [COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

/** History as JSON, with times as ISO 8601. */
export function historyToJson(entries: readonly HistoryEntry[]): string {
	const rows = entries.map((e) => ({
		...e,
		at: iso(e.at),
		actionAt: e.actionAt === null ? null : iso(e.actionAt),
	}));
	return `${JSON.stringify({ exportedBy: 'Second Look', entries: rows }, null, 2)}\n`;
}

/** Saves text as a file through the browser's own download (nothing leaves the device). */
export function downloadText(text: string, filename: string, type: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
