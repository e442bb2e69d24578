import { ANY_FIRST, type LexiconFirsts } from './lexicon-firsts';
import { ANY_ENDING, DIGITS, type TermWord } from './parse-term';

/**
 * A node of the term trie. `calls` jump into a lexicon's own trie (shared by every term that names the
 * lexicon) and carry on at the continuation node when an entry of it ends (`lexiconEnd`); `callIndex`
 * lists those calls by the characters a lexicon entry can start with.
 */
export interface TrieNode {
	next?: Map<string, TrieNode>;
	digits?: TrieNode;
	anyEnding?: TrieNode;
	hits?: number[];
	lexiconEnd?: boolean;
	calls?: Map<TrieNode, TrieNode>;
	callIndex?: Map<string, [lexicon: TrieNode, continuation: TrieNode][]>;
	/** Calls by the whole first word of the lexicon's entries; `callIndex` has every call by first char. */
	callWords?: Map<string, [lexicon: TrieNode, continuation: TrieNode][]>;
	/** Calls into lexicons with an entry that starts with `#` or `*`, by first char. */
	callComplex?: Map<string, [lexicon: TrieNode, continuation: TrieNode][]>;
	/** Calls into lexicons whose entries may start with any word (a lone `*`). */
	callAny?: [lexicon: TrieNode, continuation: TrieNode][];
	/** On a lexicon root not built yet: builds it. Call before entering the lexicon. */
	fill?: () => void;
}

/** A fresh, empty trie root. @example const root = createTrieNode() */
export function createTrieNode(): TrieNode {
	return {};
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
 * Indexes the calls of `callers` by how each lexicon's entries begin (`firsts` of the called root), so
 * the matcher enters only the lexicons that can match at the current word or character.
 * @example sealCalls(callers, (root) => firstsByRoot.get(root)!)
 */
export function sealCalls(callers: readonly TrieNode[], firsts: (lexicon: TrieNode) => LexiconFirsts): void {
	const add = (index: Map<string, [TrieNode, TrieNode][]>, key: string, call: [TrieNode, TrieNode]) => {
		let list = index.get(key);
		if (!list) index.set(key, (list = []));
		list.push(call);
	};
	for (const node of callers) {
		node.callIndex = new Map();
		node.callWords = new Map();
		node.callComplex = new Map();
		node.callAny = [];
		for (const call of node.calls ?? []) {
			const { chars, words } = firsts(call[0]);
			if (words) for (const word of words) add(node.callWords, word, call);
			for (const c of chars) {
				if (c === ANY_FIRST) node.callAny.push(call);
				else {
					add(node.callIndex, c, call);
					if (!words) add(node.callComplex, c, call);
				}
			}
		}
		if (node.callAny.length === 0) delete node.callAny;
	}
}
