import type { Token } from './join-spaced-letters';

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** True for a letter or digit (lower-case ASCII fast path). */
export function isWordCode(code: number, text: string, i: number): boolean {
	if (code < 0x80)
		return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
	return (
		LETTER_OR_NUMBER.test(text[i]!) ||
		(code >= 0xd800 && code <= 0xdfff && LETTER_OR_NUMBER.test(text.slice(i, i + 2)))
	);
}

// Leet symbols count as letters inside a word (sh!t, b@stard, a$$, f*ck) but not at its edges, where they
// are punctuation ("wow!", "@mandeville"); a leading $ is the one exception ($hit).
const LEETISH = new Set(['*', '@', '$', '!', '|']);
// ASCII classes by char code (this runs over every character of the draft): 1 letter or digit, 2 leet symbol.
const ASCII_CLASS = new Uint8Array(128);
for (let code = 0; code < 128; code++)
	ASCII_CLASS[code] = isWordCode(code, '', 0) ? 1 : LEETISH.has(String.fromCharCode(code)) ? 2 : 0;

// Leet symbols left off a word's start (all but $ and *) and its end (! | @), by char code.
const STRIPPED_FIRST = new Set(
	[...LEETISH].filter((c) => c !== '$' && c !== '*').map((c) => c.charCodeAt(0)),
);
const STRIPPED_LAST = new Set([...'!|@'].map((c) => c.charCodeAt(0)));

function isEvasiveCode(code: number, text: string, i: number): boolean {
	return code < 0x80 ? ASCII_CLASS[code] !== 0 : isWordCode(code, text, i);
}

/** Splits text into words for evasion matching: letters, digits, '*' and inner leet symbols. */
export function tokenizeEvasive(text: string): Token[] {
	// By char codes throughout: this reads every character of the draft.
	const tokens: Token[] = [];
	const n = text.length;
	let i = 0;
	while (i < n) {
		if (!isEvasiveCode(text.charCodeAt(i), text, i)) {
			i++;
			continue;
		}
		let to = i;
		while (to < n && isEvasiveCode(text.charCodeAt(to), text, to)) to++;
		let from = i;
		i = to;
		while (from < to && STRIPPED_FIRST.has(text.charCodeAt(from))) from++;
		while (to > from && STRIPPED_LAST.has(text.charCodeAt(to - 1))) to--;
		let alnum = false;
		for (let k = from; k < to && !alnum; k++) alnum = isWordCode(text.charCodeAt(k), text, k);
		if (alnum) tokens.push({ from, to });
	}
	return tokens;
}
