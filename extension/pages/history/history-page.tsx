import { useEffect, useRef, useState } from 'preact/hooks';

import { clearHistory } from '../../storage/history-db';
import { describeSummary, startOfMonth, summariseEntries } from '../../storage/history-summary';
import { useClauseLibrary } from '../components/use-clause-library';
import { useSettings } from '../components/use-settings';
import { downloadText, historyToCsv, historyToJson } from './history-export';
import { applyFilter, EMPTY_FILTER, toHistoryFilter, type FilterForm } from './history-filter';
import { HistoryFilters } from './history-filters';
import { HistoryTable } from './history-table';
import { useHistory } from './use-history';

/** The person's own history of flags: summary, filters, export, clear. Nobody else sees it. */
export function HistoryPage() {
	const { settings } = useSettings();
	const [state, reload] = useHistory(settings?.history.retentionDays);
	const library = useClauseLibrary();
	const titles = new Map(
		library.status === 'ready' ? library.library.clauses.map((c) => [c.id, c.title]) : [],
	);
	const [form, setForm] = useState<FilterForm>(EMPTY_FILTER);
	const [confirming, setConfirming] = useState(false);
	const [message, setMessage] = useState('');
	const confirmButton = useRef<HTMLButtonElement>(null);
	const clearButton = useRef<HTMLButtonElement>(null);
	const asked = useRef(false);
	useEffect(() => {
		// Focus follows the question: onto "Yes, delete all" when asked, back to "Clear all" on Cancel.
		if (confirming) confirmButton.current?.focus();
		else if (asked.current) clearButton.current?.focus();
		asked.current = confirming;
	}, [confirming]);

	const entries = state.status === 'ready' ? state.entries : [];
	const shown = applyFilter(entries, toHistoryFilter(form));
	const month = summariseEntries(applyFilter(entries, { from: startOfMonth() }));
	const stamp = new Date().toISOString().slice(0, 10);
	const clear = async () => {
		setConfirming(false);
		try {
			await clearHistory();
			setMessage('History cleared.');
		} catch {
			setMessage('History could not be cleared right now.');
		}
		reload();
	};

	return (
		<>
			<h1 tabIndex={-1}>History</h1>
			<p class="lead">
				The notes Second Look has shown you and what you did about them. It stays on this device: yours to
				read, export or clear.
			</p>
			{state.status === 'paused' && (
				<p class="notice notice-warn" role="alert" data-testid="history-paused">
					History is paused: this browser's storage is not available right now. Second Look keeps checking
					your drafts as usual.
				</p>
			)}
			{settings?.history.retentionDays === 0 && (
				<p class="notice">
					History is off, so nothing new is kept. You can turn it on in <a href="#/settings">Settings</a>.
				</p>
			)}
			<p class="summary" data-testid="history-summary" aria-live="polite">
				{state.status === 'ready' ? `This month: ${describeSummary(month)}.` : '\u00a0'}
			</p>
			<HistoryFilters form={form} setForm={setForm} titles={titles} entries={entries} />
			<div class="button-row">
				<button
					type="button"
					class="secondary"
					disabled={shown.length === 0}
					onClick={() => downloadText(historyToCsv(shown), `second-look-history-${stamp}.csv`, 'text/csv')}
				>
					Export CSV
				</button>
				<button
					type="button"
					class="secondary"
					disabled={shown.length === 0}
					onClick={() =>
						downloadText(historyToJson(shown), `second-look-history-${stamp}.json`, 'application/json')
					}
				>
					Export JSON
				</button>
				{!confirming && (
					<button
						type="button"
						class="danger"
						ref={clearButton}
						disabled={entries.length === 0}
						onClick={() => setConfirming(true)}
					>
						Clear all history
					</button>
				)}
			</div>
			{confirming && (
				<div class="confirm" role="group" aria-labelledby="confirm-clear">
					<p id="confirm-clear">Delete all {entries.length} entries? This cannot be undone.</p>
					<div class="button-row">
						<button type="button" class="danger" ref={confirmButton} onClick={() => void clear()}>
							Yes, delete all
						</button>
						<button type="button" class="secondary" onClick={() => setConfirming(false)}>
							Cancel
						</button>
					</div>
				</div>
			)}
			<p role="status" class="saved">
				{message}
			</p>
			{state.status === 'ready' && <HistoryTable entries={shown} titles={titles} total={entries.length} />}
		</>
	);
}
