import { pruneHistory } from '../../storage/history-db';
import { RETENTION_CHOICES, type RetentionDays } from '../../storage/settings';
import type { SectionProps } from './settings-page';

const RETENTION_LABELS: Record<RetentionDays, string> = {
	0: 'Off: keep no history',
	7: '7 days',
	30: '30 days',
	90: '90 days',
};

/** What history keeps and for how long. Shortening the period deletes older entries straight away. */
export function HistorySettings({ settings, save }: SectionProps) {
	const setRetention = async (retentionDays: RetentionDays) => {
		await save((s) => ({ ...s, history: { ...s.history, retentionDays } }));
		await pruneHistory(retentionDays).catch(() => undefined);
	};
	return (
		<fieldset class="card">
			<legend>History</legend>
			<p class="hint">History stays on this device only. Nobody else can see it.</p>
			<div class="field">
				<label for="retention">Keep history for</label>
				<select
					id="retention"
					value={String(settings.history.retentionDays)}
					onChange={(e) => void setRetention(Number(e.currentTarget.value) as RetentionDays)}
				>
					{RETENTION_CHOICES.map((days) => (
						<option key={days} value={String(days)}>
							{RETENTION_LABELS[days]}
						</option>
					))}
				</select>
			</div>
			<label class="check">
				<input
					type="checkbox"
					checked={settings.history.keepWords}
					onChange={(e) => {
						const keepWords = e.currentTarget.checked;
						void save((s) => ({ ...s, history: { ...s.history, keepWords } }));
					}}
				/>
				Include the flagged words in history
			</label>
		</fieldset>
	);
}
