import { z } from 'zod';

const list = <T>(what: string) => z.custom<T[]>(Array.isArray, `a list of ${what}`);

/**
 * Where the entries of the pack's lexicons start: each plain first word (see `plainFirstWord`) once, sorted,
 * with the entries that start with it. Built with the pack (`indexLexicons`), so that a waking worker puts a
 * lexicon's entries in its trie only when a draft has their first word, without reading every entry first.
 * Flat lists whose items `indexMismatch` checks against the lexicons in plain loops (a worker start reads them).
 */
export const lexiconIndexSchema = z.strictObject({
	lexicons: list<string>('lexicon names').describe('the lexicons indexed, numbered by place'),
	words: list<string>('words').describe('plain first words, each once, sorted by UTF-16 code unit'),
	counts: list<number>('counts').describe('how many entries start with each word'),
	entries: list<number>('numbers').describe(
		'word by word, each entry as two numbers: its lexicon, its place in the lexicon',
	),
	unreadable: list<number>('numbers').describe(
		'the entries whose first word reads only by parsing them, as (lexicon, place) pairs',
	),
});
export type LexiconIndex = z.infer<typeof lexiconIndexSchema>;

// A whole number from 0 up to 2³² - 1, without a call: the loops below run cold, once per entry.
const isWhole = (value: unknown): value is number => (value as number) >>> 0 === value;

/**
 * Why an index does not fit its lexicons, or undefined: it must name each of them once (in any order: a
 * published pack's keys are sorted), list its words once each in order, and every entry once. A pack's index
 * is built from its own lexicons; this catches one put together otherwise, before a check could read past a
 * lexicon or miss an entry.
 * @example indexMismatch(indexLexicons(lexicons), lexicons) === undefined
 */
export function indexMismatch(
	index: LexiconIndex,
	lexicons: Readonly<Record<string, readonly string[]>>,
): string | undefined {
	const names = index.lexicons;
	if (
		names.length !== Object.keys(lexicons).length ||
		new Set(names).size !== names.length ||
		!names.every((name) => typeof name === 'string' && Object.hasOwn(lexicons, name))
	)
		return 'the index names other lexicons than the pack has';
	const { words, counts, entries, unreadable } = index;
	for (let i = 0; i < words.length; i++)
		if (typeof words[i] !== 'string' || (i > 0 && !(words[i - 1]! < words[i]!)))
			return 'the index words are not each once, sorted by UTF-16 code unit';
	if (counts.length !== words.length) return 'the index has not one count per word';
	let counted = 0;
	for (const count of counts) {
		if (!isWhole(count) || count === 0) return 'an index count is not a whole number above 0';
		counted += count;
	}
	if (entries.length !== 2 * counted || unreadable.length % 2 !== 0)
		return 'the index entries are not the pairs its counts add up to';
	// Where each lexicon's entries start in one flat list of "listed yet" marks.
	const offsets = new Int32Array(names.length + 1);
	for (let k = 0; k < names.length; k++) offsets[k + 1] = offsets[k]! + lexicons[names[k]!]!.length;
	const listed = new Uint8Array(offsets[names.length]!);
	for (const pairs of [entries, unreadable])
		for (let k = 0; k < pairs.length; k += 2) {
			const lexicon = pairs[k];
			const place = pairs[k + 1];
			if (!isWhole(lexicon) || lexicon >= names.length) return 'an index entry names no lexicon';
			const at = offsets[lexicon]! + place!;
			if (!isWhole(place) || at >= offsets[lexicon + 1]!)
				return 'an index entry points past the end of its lexicon';
			if (listed[at] === 1) return `the index lists an entry of @${names[lexicon]} twice`;
			listed[at] = 1;
		}
	return listed.includes(0) ? 'the index leaves out an entry' : undefined;
}
