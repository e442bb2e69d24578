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

const DIGIT_CHARS = [...'0123456789'];
const ANY = '*any*';

/**
 * Indexes the calls of `callers` by the first characters of each lexicon, so the matcher enters only the
 * lexicons that can match at the current character.
 * @example sealCalls(callers)
 */
export function sealCalls(callers: readonly TrieNode[]): void {
	const firsts = new Map<TrieNode, Set<string>>();
	const firstOf = (node: TrieNode): Set<string> => {
		let set = firsts.get(node);
		if (set) return set;
		set = new Set<string>(node.next?.keys() ?? []);
		firsts.set(node, set); // set before recursing: lexicons are acyclic, this only guards the walk
		if (node.digits) for (const d of DIGIT_CHARS) set.add(d);
		if (node.anyEnding) set.add(ANY);
		for (const lexicon of node.calls?.keys() ?? []) for (const c of firstOf(lexicon)) set.add(c);
		return set;
	};
	const words = new Map<TrieNode, Set<string> | undefined>();
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
			const [lexicon] = call;
			const first = firstWordsOf(lexicon, words);
			if (first) for (const word of first) add(node.callWords, word, call);
			for (const c of firstOf(lexicon)) {
				if (c === ANY) node.callAny.push(call);
				else {
					add(node.callIndex, c, call);
					if (!first) add(node.callComplex, c, call);
				}
			}
		}
		if (node.callAny.length === 0) delete node.callAny;
	}
}

/** Every literal first word of a lexicon's entries, or undefined when one begins with `#`, `*` or is empty. */
function firstWordsOf(
	lexicon: TrieNode,
	memo: Map<TrieNode, Set<string> | undefined>,
): Set<string> | undefined {
	if (memo.has(lexicon)) return memo.get(lexicon);
	memo.set(lexicon, undefined);
	const found = new Set<string>();
	let complex = false;
	for (const nested of lexicon.calls?.keys() ?? []) {
		const inner = firstWordsOf(nested, memo);
		if (inner) for (const w of inner) found.add(w);
		else complex = true;
	}
	const walk = (node: TrieNode, word: string) => {
		if (node.digits || node.anyEnding) complex = true;
		if (word && (node.lexiconEnd || node.hits || node.next?.has(' ') || node.calls)) found.add(word);
		for (const [char, next] of node.next ?? []) if (char !== ' ') walk(next, word + char);
	};
	if (!complex) walk(lexicon, '');
	const result = complex ? undefined : found;
	memo.set(lexicon, result);
	return result;
}
