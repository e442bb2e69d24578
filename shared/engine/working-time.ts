import type { WorkingHours } from './context';

const formatters = new Map<string, Intl.DateTimeFormat>();
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const HAS_OFFSET = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;

/** The school's wall clock at `time`: date (YYYY-MM-DD), weekday and minutes since midnight. */
function wallClock(
	time: string,
	timezone: string,
): { date: string; day: string; minutes: number } | undefined {
	if (!HAS_OFFSET.test(time)) {
		// No offset: the time is already the school's wall-clock time.
		const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(time);
		if (!m) return undefined;
		const day = DAYS[new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)).getUTCDay()]!;
		return { date: `${m[1]}-${m[2]}-${m[3]}`, day, minutes: +m[4]! * 60 + +m[5]! };
	}
	const instant = new Date(time);
	if (Number.isNaN(instant.getTime())) return undefined;
	let format = formatters.get(timezone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-GB', {
			timeZone: timezone,
			hourCycle: 'h23',
			weekday: 'short',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
		});
		formatters.set(timezone, format);
	}
	const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
	return {
		date: `${parts.year}-${parts.month}-${parts.day}`,
		day: String(parts.weekday).slice(0, 3).toLowerCase(),
		minutes: Number(parts.hour) * 60 + Number(parts.minute),
	};
}

function toMinutes(hhmm: string): number {
	return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/**
 * True when `time` falls inside the working hours (in their time zone). No time, no hours: false.
 * @example isWorkingTime('2025-03-03T10:00:00Z', { timezone: 'Europe/London', days: ['mon'], start: '08:00', end: '16:00' })
 */
export function isWorkingTime(time: string | undefined, hours: WorkingHours | undefined): boolean {
	if (!time || !hours) return false;
	const clock = wallClock(time, hours.timezone);
	if (!clock) return false;
	if (!(hours.days as readonly string[]).includes(clock.day)) return false;
	if (hours.termDates && !hours.termDates.some((term) => term.from <= clock.date && clock.date <= term.to))
		return false;
	return toMinutes(hours.start) <= clock.minutes && clock.minutes < toMinutes(hours.end);
}
