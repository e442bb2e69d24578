export type SnoozeChoice = 'hour' | 'tomorrow';

/** The hour "until tomorrow" ends: tomorrow morning, before the working day, not midnight. */
const TOMORROW_HOUR = 6;

/**
 * When a snooze chosen now ends: in one hour, or at 06:00 tomorrow (local time) — midnight would make
 * "until tomorrow" shorter than "for an hour" late in the evening.
 */
export function snoozeEnd(choice: SnoozeChoice, now = Date.now()): number {
	if (choice === 'hour') return now + 60 * 60 * 1000;
	const tomorrow = new Date(now);
	tomorrow.setDate(tomorrow.getDate() + 1);
	tomorrow.setHours(TOMORROW_HOUR, 0, 0, 0);
	return tomorrow.getTime();
}

/** Whether a snooze is running at `now`. */
export function isSnoozed(snoozedUntil: number | null, now = Date.now()): boolean {
	return snoozedUntil !== null && now < snoozedUntil;
}
