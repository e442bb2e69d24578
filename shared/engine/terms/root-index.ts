import type { LexiconIndex } from '../../pack/lexicon-index-schema';
import { findSorted } from '../find-sorted';
import type { WordNode } from './word-node';
import { addTermText, type Insertion } from './word-trie';

// Words already looked up, so a long draft's thousands of repeats cost one Set lookup each. Bounded: a page
// could type endless new words; forgetting one only costs a binary search next time.
const MAX_KNOWN = 16_384;

/**
 * The lexicons inlined at the word trie's root, filled in a first word at a time: before a draft is
 * walked, the entries of those lexicons that start with one of its words, not met before, go below that
 * word (waiting there unparsed, as every term does until a draft reaches it). With the pack's index of first
 * words, compiling reads none of the 14,000 entries, and a draft reads only the entries its words start.
 * Entries whose first word reads only by parsing them (`@school-names staff`, `y#s`) go in at once.
 */
export class RootIndex {
	private readonly numbers: Map<string, number>;
	/** Per word of the index, where its entries start in `index.entries` (in pairs). */
	private readonly offsets: Int32Array;
	/** Per lexicon number, how its entries go in (a lexicon is inlined at the root once: see inlineLexicon). */
	private readonly deferred: (Insertion | undefined)[] = [];
	private readonly filled: Uint8Array;
	/** Per lexicon number, the places of its entries that read only by parsing. */
	private readonly unreadable = new Map<number, number[]>();
	private readonly known = new Set<string>();
	private started = false;

	constructor(
		readonly root: WordNode,
		private readonly index: LexiconIndex,
		private readonly lexicons: Readonly<Record<string, readonly string[]>>,
	) {
		this.numbers = new Map(index.lexicons.map((name, k) => [name, k]));
		this.offsets = new Int32Array(index.words.length + 1);
		for (let w = 0; w < index.words.length; w++) this.offsets[w + 1] = this.offsets[w]! + index.counts[w]!;
		this.filled = new Uint8Array(index.words.length);
		for (let k = 0; k < index.unreadable.length; k += 2) {
			const lexicon = index.unreadable[k]!;
			let places = this.unreadable.get(lexicon);
			if (!places) this.unreadable.set(lexicon, (places = []));
			places.push(index.unreadable[k + 1]!);
		}
	}

	/**
	 * Takes a lexicon inlined at the root: its entries go in as drafts need them, bar those that read only by
	 * parsing, which go in now. False (the caller inserts every entry now) once a draft has been walked, or
	 * for a lexicon the index does not have.
	 */
	defer(name: string, insertion: Insertion): boolean {
		const lexicon = this.numbers.get(name);
		if (this.started || lexicon === undefined) return false;
		this.deferred[lexicon] = insertion;
		const entries = this.lexicons[name]!;
		for (const place of this.unreadable.get(lexicon) ?? [])
			addTermText(this.root, entries[place]!, insertion);
		return true;
	}

	/** Puts in the entries starting with the draft's words that no draft had before. */
	fill(words: readonly string[]): void {
		this.started = true;
		const { index, known } = this;
		for (const word of words) {
			if (known.has(word)) continue;
			if (known.size >= MAX_KNOWN) known.clear();
			known.add(word);
			// Once in: putting an entry in twice would find nothing new (ends keep each hit once), only cost time.
			const w = findSorted(index.words, word);
			if (w < 0 || this.filled[w] === 1) continue;
			this.filled[w] = 1;
			for (let k = 2 * this.offsets[w]!; k < 2 * this.offsets[w + 1]!; k += 2) {
				const lexicon = index.entries[k]!;
				const insertion = this.deferred[lexicon];
				if (insertion)
					addTermText(this.root, this.lexicons[index.lexicons[lexicon]!]![index.entries[k + 1]!]!, insertion);
			}
		}
	}
}
