import type { WordNode } from './word-trie';

/** The words of a plain view with their spans in the original draft. */
export interface Words {
	readonly words: readonly string[];
	readonly starts: ArrayLike<number>;
	readonly ends: ArrayLike<number>;
}

/**
 * Walks the word trie from every word of the draft and reports each term found as (key, start, end) in
 * original offsets. Each step is one Map lookup per word (plus the few `#`/`*` words of that node).
 * @example matchWords(words, root, (key, start, end) => hits.push(key, start, end))
 */
export function matchWords(
	draft: Words,
	root: WordNode,
	onHit: (key: number, start: number, end: number) => void,
): void {
	const { words, starts, ends } = draft;
	const n = words.length;
	const nodes: WordNode[] = [];
	const positions: number[] = [];
	for (let s = 0; s < n; s++) {
		nodes.push(root);
		positions.push(s);
		while (nodes.length > 0) {
			const node = nodes.pop()!;
			const w = positions.pop()!;
			if (node.hits && w > s) for (const key of node.hits) onHit(key, starts[s]!, ends[w - 1]!);
			if (node.epsilons)
				for (const next of node.epsilons) {
					nodes.push(next);
					positions.push(w);
				}
			if (w >= n) continue;
			const word = words[w]!;
			const child = node.words?.get(word);
			if (child) {
				nodes.push(child);
				positions.push(w + 1);
			}
			if (node.patternsByFirst) {
				const first = word[0]!;
				for (const key of [first, first >= '0' && first <= '9' ? '#' : '', '*'])
					for (const { regex, node: next } of node.patternsByFirst.get(key) ?? [])
						if (regex.test(word)) {
							nodes.push(next);
							positions.push(w + 1);
						}
			}
		}
	}
}
