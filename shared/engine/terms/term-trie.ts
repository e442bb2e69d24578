import { ANY_ENDING, DIGITS, type TermElement } from './parse-term';

/** A node of the term trie; `hits` are the keys of the terms ending here. */
export interface TrieNode {
	readonly next: Map<string, TrieNode>;
	digits?: TrieNode;
	anyEnding?: TrieNode;
	hits?: number[];
}

/** A fresh, empty trie root. @example const root = createTrieNode() */
export function createTrieNode(): TrieNode {
	return { next: new Map() };
}

/**
 * Adds a parsed term to the trie under `key`. Words are joined by a ' ' edge, which matches the single
 * space a WordView puts for any run of spaces and punctuation.
 * @example addTerm(root, parseTerm('idiot*'), 3)
 */
export function addTerm(root: TrieNode, words: TermElement[][], key: number): void {
	let node = root;
	words.forEach((word, index) => {
		if (index > 0) node = child(node, ' ');
		for (const element of word) {
			if (element === DIGITS) node = node.digits ??= createTrieNode();
			else if (element === ANY_ENDING) node = node.anyEnding ??= createTrieNode();
			else node = child(node, element);
		}
	});
	const hits = (node.hits ??= []);
	if (!hits.includes(key)) hits.push(key);
}

function child(node: TrieNode, char: string): TrieNode {
	let next = node.next.get(char);
	if (!next) node.next.set(char, (next = createTrieNode()));
	return next;
}
