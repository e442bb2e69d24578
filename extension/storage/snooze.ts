export type SnoozeChoice = 'hour' | 'tomorrow';

/** When a snooze chosen now ends: in one hour, or at the start of tomorrow (local time). */
export function snoozeEnd(choice: SnoozeChoice, now = Date.now()): number {
	if (choice === 'hour') return now + 60 * 60 * 1000;
	const tomorrow = new Date(now);
	tomorrow.setHours(24, 0, 0, 0);
	return tomorrow.getTime();
}

/** Whether a snooze is running at `now`. */
export function isSnoozed(snoozedUntil: number | null, now = Date.now()): boolean {
	return snoozedUntil !== null && now < snoozedUntil;
}
