import type { PatternEdge } from './word-patterns';
import type { Insertion, PlainWord } from './word-trie';

/**
 * A node of the word trie used on the plain view: edges are whole words. A lexicon that starts a term is
 * inlined where the term starts (its entries merge with the other terms there, so a common first word
 * such as "the" is looked up once), and each entry's end links (epsilon) to one shared continuation node
 * for the rest of the term: nothing is multiplied out. The trie grows as drafts need it: what lies below
 * a first word is inserted the first time a draft reaches that word (see `pending`), so a worker that
 * wakes up builds only the branches its drafts walk.
 */
export interface WordNode {
	words?: Map<string, WordNode>;
	/** Words with `#` or `*`, tested against the draft's word; by source, and by first character. */
	patterns?: Map<string, PatternEdge>;
	/**
	 * The words with `#` or `*` a draft word starting with this character may match: those starting with
	 * it, with a digit for `#`, and those starting with `*` (in every list), so a visit makes one lookup.
	 */
	patternsByFirst?: Map<string, PatternEdge[]>;
	/** Those starting with `*`: for a first character no other pattern starts with. */
	patternsAnyFirst?: PatternEdge[];
	/** Stems of two letters or more and `*` ("staffroom*"), by their first two (see firstTwo): not in the lists above. */
	stemsByTwo?: Map<number, PatternEdge[]>;
	/** Words with `#` but no `*`, by shape (each run of digits as one `#`: "y#", "#s"): one lookup, no regex. */
	shapes?: Map<string, WordNode>;
	hits?: number[];
	/** Hit lists shared by every end of an inlined lexicon: a term ending in `@insults` is one push, not 800. */
	sharedHits?: number[][];
	/** Nodes that continue from here without consuming a word (the rest of a term after a lexicon). */
	epsilons?: WordNode[];
	/** Lexicons named here after a term's first word: their own trie, entered with where to carry on. */
	calls?: WordCall[];
	/** In a lexicon's own trie: an entry ends here (the matcher carries on at the caller's continuation). */
	lexiconEnd?: boolean;
	/**
	 * Terms still to insert below this node, `fillWordNode` inserts them before the node is first read: pairs
	 * of a term's words (or a lexicon entry, parsed only then) and how to insert it. Flat pairs rather than an
	 * object per term, as ten thousand lexicon entries wait here at compile.
	 */
	pending?: (readonly PlainWord[] | string | Insertion)[];
}

/** A call into a lexicon's own trie, and the node the term carries on at after one of its entries. */
export interface WordCall {
	readonly root: WordNode;
	readonly continuation: WordNode;
	/** The frame of this call made outside any lexicon, made once and shared by every match (frames never change). */
	top?: Frame;
}

/** Where to carry on when the lexicon entry being matched ends: a stack of continuation nodes. */
export interface Frame {
	readonly continuation: WordNode;
	readonly next: Frame | null;
}

/**
 * A fresh, empty word-trie node. Every field is there from the start, so all nodes share one shape and
 * the property reads of building and walking the trie stay monomorphic.
 * @example const root = createWordNode()
 */
export function createWordNode(): WordNode {
	return {
		words: undefined,
		patterns: undefined,
		patternsByFirst: undefined,
		patternsAnyFirst: undefined,
		stemsByTwo: undefined,
		shapes: undefined,
		hits: undefined,
		sharedHits: undefined,
		epsilons: undefined,
		calls: undefined,
		lexiconEnd: undefined,
		pending: undefined,
	};
}
