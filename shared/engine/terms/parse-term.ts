import { createDraftViews } from '../normalize/pipeline';

/** One element of a term word: a letter, `#` (one or more digits) or a trailing `*` (any ending). */
export type TermElement = string | typeof DIGITS | typeof ANY_ENDING;
export const DIGITS = Symbol('digits');
export const ANY_ENDING = Symbol('any-ending');

/** The elements of a term word; `literal` is the word itself when it has no `#` or `*`. */
export type TermLetters = TermElement[] & { literal?: string };

/** A word of a term: its elements, or a reference to a lexicon (`@name`). */
export type TermWord = TermLetters | { lexicon: string };

const REFERENCE = /^@([a-z0-9][a-z0-9-]*)$/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const cache = new Map<string, TermWord[]>();

/**
 * Splits a term ("Year #s", "idiot*", "piss-up", "our @staff-roles") into words, normalised like drafts
 * (look-alikes, case) so that a term and a draft meet in the same form. A whitespace-separated `@name` is
 * a lexicon reference. Throws on a misplaced `*` or a term without a letter. Results are cached.
 * @example parseTerm('Year #s') → [['y','e','a','r'], [DIGITS, 's']]
 */
export function parseTerm(term: string): TermWord[] {
	let words = cache.get(term);
	if (!words) cache.set(term, (words = parse(term)));
	return words;
}

function parse(term: string): TermWord[] {
	const words: TermWord[] = [];
	for (const part of term.trim().split(/\s+/)) {
		const ref = REFERENCE.exec(part);
		if (ref) words.push({ lexicon: ref[1]! });
		else words.push(...splitWords(part, term));
	}
	if (
		!words.some((w) => !Array.isArray(w) || w.literal !== undefined || w.some((e) => typeof e === 'string'))
	)
		throw new Error(`"${term}": a term needs at least one letter or digit`);
	return words;
}

const PLAIN_ASCII_WORD = /^[a-z0-9]+$/;
const WHITESPACE = /\s/;
// eslint-disable-next-line no-control-regex -- "anything not ASCII"
const NOT_ASCII = /[^\u0000-\u007f]/;
const MISPLACED_STAR = /\*[A-Za-z0-9#*]/; // `*` only ends a word
const ASCII_LETTER_OR_DIGIT = /[A-Za-z0-9]/;
const FIRST_RUN = /^[A-Za-z0-9]+/;
const AT = 0x40;
const HASH = 0x23;
const STAR = 0x2a;
const SPACE = 0x20;
/**
 * True for a term `parseTerm` might refuse: such terms are parsed when a pack is compiled; the rest can
 * wait until a draft needs them (the lexicons they name are found without parsing: `lexiconReferences`).
 * `parse` refuses only a term with a `*` not at the end of its word or without an ASCII letter or digit;
 * anything outside ASCII may normalise into `*` (＊), so such a term is parsed too.
 * @example mayBeRefused('piss-up') === false
 */
export function mayBeRefused(term: string): boolean {
	// Three native regex scans: cheaper than a loop over char codes in a waking worker, where V8 interprets
	// this code for every lexicon entry at compile.
	return NOT_ASCII.test(term) || MISPLACED_STAR.test(term) || !ASCII_LETTER_OR_DIGIT.test(term);
}

// mayBeRefused for each line of terms joined by newlines.
// eslint-disable-next-line no-control-regex -- "anything not ASCII"
const REFUSABLE_LINE = /[^\u0000-\u007f]|\*[A-Za-z0-9#*]|^[^A-Za-z0-9\n]*$/gm;
// A whitespace-separated `@name`, as `parse` reads one (\s is the whitespace `split(/\s+/)` splits on).
const REFERENCE_PART = /(?:^|\s)@([a-z0-9][a-z0-9-]*)(?=\s|$)/g;

/**
 * The lexicons the terms name, each once, in order of first mention, found by one regex scan over them
 * all without parsing: what `parseTerm` reads as `{ lexicon }` words.
 * @example lexiconReferences(['our @roles', 'a@b', '@roles and @pupils']) → ['roles', 'pupils']
 */
export function lexiconReferences(terms: readonly string[]): string[] {
	const joined = terms.join('\n');
	if (!joined.includes('@')) return [];
	const names = new Set<string>();
	for (const match of joined.matchAll(REFERENCE_PART)) names.add(match[1]!);
	return [...names];
}

/**
 * The terms `mayBeRefused` picks, in order, found by one regex scan over them all: a lexicon of a thousand
 * entries costs one native scan, not three regex calls an entry, when a waking worker compiles its pack.
 * @example refusableTerms(['idiot', 'our @roles', 'twat*']) → ['our @roles']
 */
export function refusableTerms(terms: readonly string[]): string[] {
	const joined = terms.join('\n');
	// A term with a newline of its own would read as two lines: then one by one (native calls only to find out).
	if (joined.length - joined.replaceAll('\n', '').length !== terms.length - 1)
		return terms.filter(mayBeRefused);
	const found: string[] = [];
	REFUSABLE_LINE.lastIndex = 0;
	for (let m = REFUSABLE_LINE.exec(joined); m; m = REFUSABLE_LINE.exec(joined)) {
		const start = joined.lastIndexOf('\n', m.index - 1) + 1;
		let end = joined.indexOf('\n', m.index);
		if (end < 0) end = joined.length;
		found.push(joined.slice(start, end));
		REFUSABLE_LINE.lastIndex = end + 1;
		if (end === joined.length) break;
	}
	return found;
}

/**
 * How many words `parseTerm` finds in an all-ASCII term without lexicon references (runs of letters,
 * digits, `#` and `*`), counted without parsing; undefined for any other term.
 * @example plainWordCount('piss-up') === 2
 */
export function plainWordCount(term: string): number | undefined {
	// A loop over char codes: it runs for thousands of entries (once a draft has a disguised word) and allocates nothing.
	let count = 0;
	let inWord = false;
	for (let i = 0; i < term.length; i++) {
		const code = term.charCodeAt(i);
		if (code > 0x7f || code === AT) return undefined;
		const wordChar = isAsciiAlnum(code) || code === HASH || code === STAR;
		if (wordChar && !inWord) count++;
		inWord = wordChar;
	}
	return count;
}

function isAsciiAlnum(code: number): boolean {
	return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
}

/**
 * The first word of a term when it can be read without parsing — a run of ASCII letters and digits
 * ending its whitespace-separated part or followed by ASCII punctuation other than `#` and `*`, in an
 * all-ASCII part (normalisation could change anything else) — or undefined. When `parseTerm` accepts
 * the term, its first word is this one.
 * @example plainFirstWord("Don't panic") === 'don'; plainFirstWord('y#s') === undefined
 */
export function plainFirstWord(term: string): string | undefined {
	// A native regex for the run, char codes only for a term with something outside ASCII (a few).
	const run = FIRST_RUN.exec(term);
	if (!run) return undefined;
	const end = run[0].length;
	const next = term.charCodeAt(end); // NaN at the end
	if (next === HASH || next === STAR) return undefined;
	if (end < term.length && next !== SPACE && NOT_ASCII.test(term))
		for (let i = end; i < term.length && !WHITESPACE.test(term[i]!); i++)
			if (term.charCodeAt(i) > 0x7f) return undefined;
	return run[0].toLowerCase();
}

// Per line of terms joined by newlines: its leading run of ASCII letters and digits, and its first
// whitespace-separated part. With `m`, `^` also starts a line after \r, \u2028 and \u2029; a term holding
// one of those (or \n) gives more lines than terms, and the list is read term by term instead.
const LINE_RUNS = /^[A-Za-z0-9]*/gm;
const LINE_PARTS = /^\S*/gm;

/**
 * `plainFirstWord` of every term, from two native regex scans over the list joined: compiling inlines
 * thousands of lexicon entries, and a waking worker interprets whatever runs once per entry.
 * @example plainFirstWords(['idiot', 'y#s', "Don't"]) → ['idiot', undefined, 'don']
 */
export function plainFirstWords(terms: readonly string[]): (string | undefined)[] {
	const joined = terms.join('\n');
	const runs = joined.match(LINE_RUNS)!;
	const parts = joined.match(LINE_PARTS)!;
	if (runs.length !== terms.length || parts.length !== terms.length) return terms.map(plainFirstWord);
	const firsts: (string | undefined)[] = new Array(terms.length);
	for (let i = 0; i < terms.length; i++) {
		const run = runs[i]!;
		const part = parts[i]!;
		if (run.length === 0) firsts[i] = undefined;
		else if (run.length === part.length) firsts[i] = run.toLowerCase();
		else {
			const next = part.charCodeAt(run.length);
			firsts[i] = next === HASH || next === STAR || NOT_ASCII.test(part) ? undefined : run.toLowerCase();
		}
	}
	return firsts;
}

function splitWords(part: string, term: string): TermLetters[] {
	const text = NOT_ASCII.test(part) ? createDraftViews(part).lower.text : part.toLowerCase();
	// Most lexicon entries are plain words: one regex test instead of one per character.
	if (PLAIN_ASCII_WORD.test(text)) return [literalWord(text)];
	const ascii = !NOT_ASCII.test(text); // letters outside ASCII (猫) are letters too
	const words: TermLetters[] = [];
	let word: TermLetters = [];
	let start = 0;
	let special = false;
	const finish = (end: number) => {
		if (word.length > 0) {
			if (!special) word.literal = text.slice(start, end);
			words.push(word);
		}
		word = [];
		special = false;
		start = end + 1;
	};
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code === HASH) {
			word.push(DIGITS);
			special = true;
		} else if (code === STAR) {
			if (word.includes(ANY_ENDING)) throw new Error(`"${term}": one "*" per word, at its end`);
			word.push(ANY_ENDING);
			special = true;
		} else if (ascii ? isAsciiAlnum(code) : isLetterOrDigit(text[i]!, code)) {
			if (word.includes(ANY_ENDING)) throw new Error(`"${term}": "*" is only allowed at the end of a word`);
			word.push(text[i]!);
		} else finish(i);
	}
	finish(text.length);
	return words;
}

function isLetterOrDigit(char: string, code: number): boolean {
	return LETTER_OR_DIGIT.test(char) || (code >= 0xd800 && code <= 0xdfff);
}

function literalWord(text: string): TermLetters {
	const word: TermLetters = [...text];
	word.literal = text;
	return word;
}
