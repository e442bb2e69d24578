import type { LexiconFirsts } from './lexicon-firsts';
import { ANY_ENDING, DIGITS, type TermWord } from './parse-term';

/** A call from a node into a lexicon's trie: where to carry on after an entry, and how entries begin. */
export interface Call {
	readonly lexicon: TrieNode;
	readonly continuation: TrieNode;
	readonly firsts: LexiconFirsts;
}

/**
 * A node of the term trie. `calls` jump into a lexicon's own trie (shared by every term that names the
 * lexicon) and carry on at the continuation node when an entry of it ends (`lexiconEnd`); `callList`
 * holds the same calls with how each lexicon's entries begin, so the matcher enters only those that can
 * match at the current word.
 */
export interface TrieNode {
	next?: Map<string, TrieNode>;
	digits?: TrieNode;
	anyEnding?: TrieNode;
	hits?: number[];
	lexiconEnd?: boolean;
	calls?: Map<TrieNode, TrieNode>;
	callList?: Call[];
	/**
	 * The calls of `callList` worth entering, by the word a walk meets here (see matchTerms): worked out the
	 * first time a word is met at this node, then looked up. Bounded, as drafts bring new words without end.
	 */
	callsByWord?: Map<string, readonly Call[]>;
	/** On a lexicon root not built yet: builds it. Call before entering the lexicon. */
	fill?: () => void;
	/** The children a `*` in a draft may stand for (every letter edge): listed when first needed (see matchTerms). */
	letterChildren?: readonly TrieNode[];
}

/** A fresh, empty trie node, every field present so all nodes share one shape. @example createTrieNode() */
export function createTrieNode(): TrieNode {
	return {
		next: undefined,
		digits: undefined,
		anyEnding: undefined,
		hits: undefined,
		lexiconEnd: undefined,
		calls: undefined,
		callList: undefined,
		callsByWord: undefined,
		fill: undefined,
		letterChildren: undefined,
	};
}

/**
 * Adds a parsed term below `root`; `lexicon(name)` gives the root of a lexicon's trie. Words are joined by
 * a ' ' edge, which matches the single space a WordView puts for any run of spaces and punctuation.
 * Returns the node where the term ends; nodes that get their first call are added to `callers`.
 * @example addTerm(root, parseTerm('our @roles'), lexiconRoot, callers).hits = [3]
 */
export function addTerm(
	root: TrieNode,
	words: readonly TermWord[],
	lexicon: (name: string) => TrieNode,
	callers: TrieNode[],
): TrieNode {
	let node = root;
	words.forEach((word, index) => {
		if (index > 0) node = child(node, ' ');
		if (!Array.isArray(word)) {
			const target = lexicon(word.lexicon);
			if (!node.calls) {
				node.calls = new Map();
				callers.push(node);
			}
			let continuation = node.calls.get(target);
			if (!continuation) node.calls.set(target, (continuation = createTrieNode()));
			node = continuation;
			return;
		}
		for (const element of word) {
			if (element === DIGITS) node = node.digits ??= createTrieNode();
			else if (element === ANY_ENDING) node = node.anyEnding ??= createTrieNode();
			else node = child(node, element);
		}
	});
	return node;
}

function child(node: TrieNode, char: string): TrieNode {
	node.next ??= new Map();
	let next = node.next.get(char);
	if (!next) node.next.set(char, (next = createTrieNode()));
	return next;
}

/**
 * Lists the calls of `callers`; each call reads how its lexicon's entries begin (`firsts` of its root) on
 * first use, so sealing costs one step per call and lexicons no disguised word reaches cost nothing.
 * @example sealCalls(callers, (root) => firstsByRoot.get(root)!)
 */
export function sealCalls(callers: readonly TrieNode[], firsts: (lexicon: TrieNode) => LexiconFirsts): void {
	for (const node of callers)
		node.callList = [...(node.calls ?? [])].map(([lexicon, continuation]) => {
			let known: LexiconFirsts | undefined;
			return {
				lexicon,
				continuation,
				get firsts() {
					return (known ??= firsts(lexicon));
				},
			};
		});
}
