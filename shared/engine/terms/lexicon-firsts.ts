import { ANY_ENDING, DIGITS, type TermWord } from './parse-term';

/** The first-character key of a lexicon entry that may start with any word (a lone `*`). */
export const ANY_FIRST = '*any*';
const DIGIT_CHARS = [...'0123456789'];
const PLAIN = /^[a-z0-9]+$/;

/** How a lexicon's entries can begin: their first characters, and their literal first words. */
export interface LexiconFirsts {
	/** Every first character (digits for `#`, ANY_FIRST for `*`), nested lexicons included. */
	readonly chars: ReadonlySet<string>;
	/** Every literal first word, or undefined when an entry's first word has `#` or `*`. */
	readonly words: ReadonlySet<string> | undefined;
	/** True when every literal first word is ASCII letters and digits (what a draft's `*` is read as). */
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
		let complex = false;
		for (const entry of entries(name)) {
			const first = entry[0]!;
			if (!Array.isArray(first)) {
				const inner = firsts(first.lexicon);
				for (const c of inner.chars) chars.add(c);
				if (inner.words) for (const w of inner.words) words.add(w);
				else complex = true;
				continue;
			}
			const head = first[0];
			if (head === DIGITS) for (const d of DIGIT_CHARS) chars.add(d);
			else if (head === ANY_ENDING) chars.add(ANY_FIRST);
			else chars.add(head!);
			if (first.every((e) => typeof e === 'string')) words.add(first.join(''));
			else complex = true;
		}
		const result = {
			chars,
			words: complex ? undefined : words,
			plain: [...words].every((w) => PLAIN.test(w)),
		};
		memo.set(name, result);
		return result;
	};
	return firsts;
}
