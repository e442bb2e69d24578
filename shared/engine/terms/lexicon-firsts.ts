import { ANY_ENDING, DIGITS, type TermWord } from './parse-term';
import { wordPattern } from './word-patterns';

/** The first-character key of a lexicon entry that may start with any word (a lone `*`). */
export const ANY_FIRST = '*any*';
const DIGIT_CHARS = [...'0123456789'];
const PLAIN = /^[a-z0-9]+$/;
// A shape's source whose letters are all ASCII letters and digits (see LexiconFirsts.shapes).
const PLAIN_SHAPE = /^\^(?:[a-z0-9]|\\d\+|\[\^\]\*)+\$$/;

/** How a lexicon's entries can begin: their first characters, and their first words. */
export interface LexiconFirsts {
	/** Every first character (digits for `#`, ANY_FIRST for `*`), nested lexicons included. */
	readonly chars: ReadonlySet<string>;
	/** Every literal first word. */
	readonly words: ReadonlySet<string>;
	/** Every first word with `#` or `*` ("idiot*", "y#"), as an anchored RegExp over a whole word. */
	readonly shapes: readonly RegExp[];
	/** True when every first word is ASCII letters and digits, bar `#` and `*` (what a draft's `*` is read as). */
	readonly plain: boolean;
}

/**
 * Reads how each lexicon's entries begin straight from the parsed entries, memoised by name. Indexing
 * calls needs only this, so a lexicon's evasive trie can wait until a draft enters it.
 * @example lexiconFirsts(entries)('roles').words → Set {'head', 'deputy', …}
 */
export function lexiconFirsts(
	entries: (name: string) => readonly (readonly TermWord[])[],
): (name: string) => LexiconFirsts {
	const memo = new Map<string, LexiconFirsts>();
	const firsts = (name: string): LexiconFirsts => {
		const known = memo.get(name);
		if (known) return known;
		const chars = new Set<string>();
		const words = new Set<string>();
		const shapes = new Map<string, RegExp>();
		for (const entry of entries(name)) {
			const first = entry[0]!;
			if (!Array.isArray(first)) {
				const inner = firsts(first.lexicon);
				for (const c of inner.chars) chars.add(c);
				for (const w of inner.words) words.add(w);
				for (const shape of inner.shapes) shapes.set(shape.source, shape);
				continue;
			}
			const head = first[0];
			if (head === DIGITS) for (const d of DIGIT_CHARS) chars.add(d);
			else if (head === ANY_ENDING) chars.add(ANY_FIRST);
			else chars.add(head!);
			if (first.every((e) => typeof e === 'string')) words.add(first.join(''));
			else {
				const shape = wordPattern(first);
				shapes.set(shape.source, shape);
			}
		}
		const result = {
			chars,
			words,
			shapes: [...shapes.values()],
			plain:
				[...words].every((w) => PLAIN.test(w)) &&
				[...shapes.keys()].every((source) => PLAIN_SHAPE.test(source)),
		};
		memo.set(name, result);
		return result;
	};
	return firsts;
}
