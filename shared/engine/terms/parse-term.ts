import { createDraftViews } from '../normalize/pipeline';

/** One element of a term word: a letter, `#` (one or more digits) or a trailing `*` (any ending). */
export type TermElement = string | typeof DIGITS | typeof ANY_ENDING;
export const DIGITS = Symbol('digits');
export const ANY_ENDING = Symbol('any-ending');

/**
 * Splits a term ("Year #s", "idiot*", "piss-up", "head of *") into words of elements, normalised like drafts
 * (look-alikes, case), so that a term and a draft meet in the same form. Throws on a misplaced `*`.
 * @example parseTerm('Year #s') → [['y','e','a','r'], [DIGITS, 's']]
 */
export function parseTerm(term: string): TermElement[][] {
	const text = createDraftViews(term).lower.text;
	const words: TermElement[][] = [];
	let word: TermElement[] = [];
	const flush = () => {
		if (word.length > 0) words.push(word);
		word = [];
	};
	for (const char of text) {
		if (char === '#') word.push(DIGITS);
		else if (char === '*') {
			if (word.includes(ANY_ENDING)) throw new Error(`"${term}": one "*" per word, at its end`);
			word.push(ANY_ENDING);
		} else if (/[\p{L}\p{N}]/u.test(char)) {
			if (word.includes(ANY_ENDING)) throw new Error(`"${term}": "*" is only allowed at the end of a word`);
			for (let k = 0; k < char.length; k++) word.push(char[k]!);
		} else flush();
	}
	flush();
	if (!words.some((w) => w.some((e) => typeof e === 'string')))
		throw new Error(`"${term}": a term needs at least one letter or digit`);
	return words;
}
