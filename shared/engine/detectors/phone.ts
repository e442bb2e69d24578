import { findNumbers } from 'libphonenumber-js';
import { mapSpan } from '../normalize/mapped-text';
import type { Detection, Detector } from './detection';

// Digits, + ( ) space . - and no-break space.
function isPhoneChar(code: number): boolean {
	return (
		(code >= 48 && code <= 57) ||
		code === 43 ||
		code === 40 ||
		code === 41 ||
		code === 32 ||
		code === 46 ||
		code === 45 ||
		code === 0xa0
	);
}
const MAX_WINDOW = 80;
// `leniency` is a documented findNumbers option that the v2 typings leave out.
const OPTIONS = { defaultCountry: 'GB', v2: true, leniency: 'POSSIBLE' } as {
	defaultCountry: 'GB';
	v2: true;
};

/**
 * UK phone numbers in every common format (07700 900123, +44 (0)20 7946 0018, 0161-496-0000, 0044 …), via
 * libphonenumber-js `findNumbers` with default country GB. Leniency is POSSIBLE, not VALID: the numbers
 * people type in examples (and Ofcom's drama ranges, 07700 900xxx) are not "valid" allocations.
 * libphonenumber costs ~0.1 ms a call, so it only sees short windows of digits and separators holding
 * 9+ digits; a window longer than 80 characters (a digit dump, not a phone number) is skipped.
 * @example detectPhone(env) on 'ring 07700 900123' → [{ span: [5, 17] }]
 */
export const detectPhone: Detector = (env) => {
	const clean = env.views.clean;
	const text = clean.text;
	const found: Detection[] = [];
	let i = 0;
	while (i < text.length) {
		if (!isPhoneChar(text.charCodeAt(i))) {
			i++;
			continue;
		}
		let to = i;
		let digits = 0;
		while (to < text.length && isPhoneChar(text.charCodeAt(to))) {
			if (text[to]! >= '0' && text[to]! <= '9') digits++;
			to++;
		}
		if (digits >= 9 && to - i <= MAX_WINDOW) {
			for (const [startsAt, endsAt] of numbersIn(text.slice(i, to)))
				found.push({ span: mapSpan(clean, i + startsAt, i + endsAt) });
		}
		i = to;
	}
	return found;
};

// findNumbers is a pure function of the window and the costliest step of a check: remember recent windows,
// since a draft is re-checked as it is typed (and a long one repeats its numbers). Bounded: cleared when full.
const MAX_REMEMBERED = 256;
const remembered = new Map<string, readonly (readonly [number, number])[]>();

function numbersIn(window: string): readonly (readonly [number, number])[] {
	let numbers = remembered.get(window);
	if (numbers) return numbers;
	numbers = findNumbers(window, OPTIONS).map((n) => [n.startsAt, n.endsAt] as const);
	if (remembered.size >= MAX_REMEMBERED) remembered.clear();
	remembered.set(window, numbers);
	return numbers;
}
