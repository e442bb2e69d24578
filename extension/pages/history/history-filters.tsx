import { SITE_IDS, SITE_NAMES } from '../../storage/settings';
import type { HistoryEntry } from '../../storage/history-entry';
import { EMPTY_FILTER, type FilterForm } from './history-filter';

interface Props {
	form: FilterForm;
	setForm: (form: FilterForm) => void;
	titles: Map<string, string>;
	entries: readonly HistoryEntry[];
}

/** Filter history by clause, site and date range. */
export function HistoryFilters({ form, setForm, titles, entries }: Props) {
	const clauses = [...new Set([...titles.keys(), ...entries.map((e) => e.clause)])].sort((a, b) =>
		(titles.get(a) ?? a).localeCompare(titles.get(b) ?? b),
	);
	const set = (key: keyof FilterForm) => (e: { currentTarget: { value: string } }) =>
		setForm({ ...form, [key]: e.currentTarget.value });
	return (
		<fieldset class="card filters">
			<legend>Filter</legend>
			<div class="row">
				<div class="field">
					<label for="filter-clause">Clause</label>
					<select id="filter-clause" value={form.clause} onChange={set('clause')}>
						<option value="">All clauses</option>
						{clauses.map((id) => (
							<option key={id} value={id}>
								{titles.get(id) ?? id}
							</option>
						))}
					</select>
				</div>
				<div class="field">
					<label for="filter-site">Site</label>
					<select id="filter-site" value={form.site} onChange={set('site')}>
						<option value="">All sites</option>
						{SITE_IDS.map((site) => (
							<option key={site} value={site}>
								{SITE_NAMES[site]}
							</option>
						))}
						<option value="practice">Practice page</option>
					</select>
				</div>
				<div class="field">
					<label for="filter-from">From</label>
					<input id="filter-from" type="date" value={form.from} onChange={set('from')} />
				</div>
				<div class="field">
					<label for="filter-to">To</label>
					<input id="filter-to" type="date" value={form.to} onChange={set('to')} />
				</div>
			</div>
			<button type="button" class="link-button" onClick={() => setForm(EMPTY_FILTER)}>
				Reset filters
			</button>
		</fieldset>
	);
}
