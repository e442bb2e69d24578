import { isSnoozed, snoozeEnd, type SnoozeChoice } from '../../storage/snooze';
import type { SettingsState } from './use-settings';

const TIME = new Intl.DateTimeFormat('en-GB', { weekday: 'short', hour: '2-digit', minute: '2-digit' });

/** Snooze for an hour or until tomorrow, and resume; the same on the settings page and in the popup. */
export function SnoozeControl({ settings, update }: Pick<SettingsState, 'settings' | 'update'>) {
	const until = settings?.snoozedUntil ?? null;
	const snoozed = isSnoozed(until);
	const snooze = (choice: SnoozeChoice) => void update((s) => ({ ...s, snoozedUntil: snoozeEnd(choice) }));
	return (
		<div class="snooze">
			<p data-testid="snooze-status" aria-live="polite">
				{snoozed ? `Snoozed until ${TIME.format(until!)}: nothing is read until then.` : 'Not snoozed.'}
			</p>
			<div class="button-row">
				<button type="button" class="secondary" disabled={!settings} onClick={() => snooze('hour')}>
					Snooze for 1 hour
				</button>
				<button type="button" class="secondary" disabled={!settings} onClick={() => snooze('tomorrow')}>
					Snooze until tomorrow
				</button>
				{snoozed && (
					<button
						type="button"
						class="secondary"
						onClick={() => void update((s) => ({ ...s, snoozedUntil: null }))}
					>
						Resume now
					</button>
				)}
			</div>
		</div>
	);
}
