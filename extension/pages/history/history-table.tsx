import { SITE_NAMES, type SiteId } from '../../storage/settings';
import { ACTION_LABELS, type HistoryEntry } from '../../storage/history-entry';

const WHEN = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

interface Props {
	entries: readonly HistoryEntry[];
	titles: Map<string, string>;
	total: number;
}

/** The flags, newest first; on a narrow window each row stacks into a small card. */
export function HistoryTable({ entries, titles, total }: Props) {
	if (total === 0) return <p class="empty">No notes yet. When Second Look flags a draft, it appears here.</p>;
	if (entries.length === 0) return <p class="empty">No notes match these filters.</p>;
	return (
		<table class="history" data-testid="history-table">
			<caption class="visually-hidden">
				{entries.length} of {total} notes, newest first
			</caption>
			<thead>
				<tr>
					<th scope="col">When</th>
					<th scope="col">Site</th>
					<th scope="col">Clause</th>
					<th scope="col">Rule</th>
					<th scope="col">What you did</th>
					<th scope="col">Flagged words</th>
				</tr>
			</thead>
			<tbody>
				{entries.map((e) => (
					<tr key={e.id} data-entry={e.id}>
						<td data-label="When">{WHEN.format(e.at)}</td>
						<td data-label="Site">
							{e.site === 'practice' ? 'Practice' : SITE_NAMES[e.site as SiteId]} · {e.surface}
						</td>
						<td data-label="Clause">
							<a href={`#/clauses/${encodeURIComponent(e.clause)}`}>{titles.get(e.clause) ?? e.clause}</a>
						</td>
						<td data-label="Rule">
							<code>{e.rule}</code>
						</td>
						<td data-label="What you did">{e.action ? ACTION_LABELS[e.action] : 'Nothing recorded'}</td>
						<td data-label="Flagged words">{e.words?.length ? e.words.join(', ') : '—'}</td>
					</tr>
				))}
			</tbody>
		</table>
	);
}
