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
	// A window holds digits: jump from digit to digit with a native scan, then widen to the whole run of
	// phone characters (spaces are phone characters, so walking every one of them cost most of a long draft).
	const digit = /[0-9]/g;
	for (let m = digit.exec(text); m; m = digit.exec(text)) {
		let from = m.index;
		while (from > 0 && isPhoneChar(text.charCodeAt(from - 1))) from--;
		let to = m.index;
		let digits = 0;
		while (to < text.length && isPhoneChar(text.charCodeAt(to))) {
			const code = text.charCodeAt(to);
			if (code >= 48 && code <= 57) digits++;
			to++;
		}
		if (digits >= 9 && to - from <= MAX_WINDOW) {
			for (const [startsAt, endsAt] of numbersIn(text.slice(from, to)))
				found.push({ span: mapSpan(clean, from + startsAt, from + endsAt) });
		}
		digit.lastIndex = to;
	}
	for (const [start, end] of spelledPhoneSpans(env.views.lower.text))
		found.push({ span: mapSpan(env.views.lower, start, end) });
	return found;
};

// Number words people spell phone numbers with ("oh seven seven double oh …"); "hundred" and "thousand"
// append zeros ("nine hundred" → 900).
const DIGIT_WORDS: Readonly<Record<string, string>> = {
	oh: '0',
	zero: '0',
	nought: '0',
	one: '1',
	two: '2',
	three: '3',
	four: '4',
	five: '5',
	six: '6',
	seven: '7',
	eight: '8',
	nine: '9',
};
const REPEATS: Readonly<Record<string, number>> = { double: 2, triple: 3, treble: 3 };
const ZEROS: Readonly<Record<string, string>> = { hundred: '00', thousand: '000' };
// A spelled number starts with a spelled zero: most drafts are skipped at once.
const SPELLED_HINT = /\b(?:oh|zero|nought)\b/;
// Between the words of one number: spaces, hyphens, commas, dots, dashes (at most three).
const SPELLED_GAP = /^[\s,.\-\u2013\u2014]{1,3}$/;
const MAX_SPELLED_DIGITS = 13;

/**
 * Phone numbers written in words, alone or mixed with digits: "oh seven seven double oh, nine one four …",
 * "oh-seven-seven-double-oh nine-hundred 552". Reads the lower-case view once, word by word (linear); a run
 * counts when its digits make a possible GB number of 10 or 11 digits starting with 0, and it has a word.
 * @example spelledPhoneSpans('ring oh seven seven double oh nine double oh one two three') → [[5, 59]]
 */
export function spelledPhoneSpans(text: string): [number, number][] {
	if (!SPELLED_HINT.test(text)) return [];
	const words = /[a-z]+|\d+/g;
	const spans: [number, number][] = [];
	let run: { start: number; end: number; digits: string; spelled: boolean; repeat: number } | undefined;
	const close = () => {
		if (run && run.spelled && isSpelledPhone(run.digits)) spans.push([run.start, run.end]);
		run = undefined;
	};
	for (let m = words.exec(text); m; m = words.exec(text)) {
		const word = m[0];
		const start = m.index;
		const end = start + word.length;
		if (run && !SPELLED_GAP.test(text.slice(run.end, start))) close();
		const digit = DIGIT_WORDS[word];
		const numeric = word.charCodeAt(0) <= 57;
		if (digit === undefined && !numeric && REPEATS[word] === undefined && ZEROS[word] === undefined) {
			close();
			continue;
		}
		if (!run) {
			// A number starts with a digit or a repeat word, never with "hundred".
			if (ZEROS[word] !== undefined) continue;
			run = { start, end, digits: '', spelled: false, repeat: 1 };
		}
		if (REPEATS[word] !== undefined) {
			run.repeat = REPEATS[word]!;
			run.spelled = true;
		} else if (ZEROS[word] !== undefined) {
			if (run.repeat !== 1 || run.digits === '') {
				close();
				continue;
			}
			run.digits += ZEROS[word];
			run.spelled = true;
		} else {
			run.digits += (digit ?? word).repeat(run.repeat);
			run.repeat = 1;
			if (digit !== undefined) run.spelled = true;
		}
		run.end = end;
		if (run.digits.length > MAX_SPELLED_DIGITS) run.spelled = false;
	}
	close();
	return spans;
}

function isSpelledPhone(digits: string): boolean {
	if (digits.length < 10 || digits.length > 11 || digits[0] !== '0' || digits[1] === '0') return false;
	return numbersIn(digits).some(([start, end]) => start === 0 && end === digits.length);
}

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
