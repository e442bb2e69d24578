import { LEETSPEAK } from '../normalize/leetspeak';
import type { WordView } from '../normalize/word-view';
import type { TrieNode } from './term-trie';

const MAX_WILDCARDS = 2;

function isDigit(char: string | undefined): boolean {
	return char !== undefined && char >= '0' && char <= '9';
}

/**
 * Walks the trie from every word start of the view, once for all terms of the pack, and reports each term
 * found as (key, start, end) in view indices. Linear in the text for a fixed trie: a walk never goes deeper
 * than the trie, repeats are capped before matching, and `*` endings jump via `runEnd`.
 * With `evasive`, leetspeak symbols stand for letters, a repeated letter is absorbed and a '*' in the draft
 * stands for any one letter (after at least one real letter, at most two per match).
 * @example matchTerms(views.plain, root, false, (key, start, end) => hits.push(key, start, end))
 */
export function matchTerms(
	view: WordView,
	root: TrieNode,
	evasive: boolean,
	onHit: (key: number, start: number, end: number) => void,
): void {
	const { text, canStart, canEnd, runEnd } = view;
	const n = text.length;
	const nodes: TrieNode[] = [];
	const positions: number[] = [];
	const literals: number[] = [];
	const wildcards: number[] = [];
	const push = (node: TrieNode, at: number, literal: number, wild: number) => {
		nodes.push(node);
		positions.push(at);
		literals.push(literal);
		wildcards.push(wild);
	};
	for (let s = 0; s < n; s++) {
		if (canStart[s] !== 1) continue;
		const first = text[s]!;
		if (!root.next.has(first) && !(root.digits && isDigit(first)) && !(evasive && LEETSPEAK.has(first)))
			continue;
		push(root, s, 0, 0);
		while (nodes.length > 0) {
			const node = nodes.pop()!;
			const i = positions.pop()!;
			const literal = literals.pop()!;
			const wild = wildcards.pop()!;
			if (node.hits && canEnd[i] === 1 && wild <= literal) for (const key of node.hits) onHit(key, s, i);
			if (i < n) {
				const c = text[i]!;
				const exact = node.next.get(c);
				let moved = exact !== undefined;
				if (exact) push(exact, i + 1, literal + 1, wild);
				if (evasive) {
					for (const letter of LEETSPEAK.get(c) ?? []) {
						const viaLeet = node.next.get(letter);
						if (viaLeet) {
							push(viaLeet, i + 1, literal + 1, wild);
							moved = true;
						}
					}
					if (!moved && i > s && c === text[i - 1] && c !== ' ' && node !== root)
						push(node, i + 1, literal, wild);
					if (c === '*' && literal > 0 && wild < MAX_WILDCARDS)
						for (const [char, next] of node.next) if (char !== ' ') push(next, i + 1, literal, wild + 1);
				}
				if (node.digits && isDigit(c)) {
					let j = i + 1;
					while (isDigit(text[j])) j++;
					push(node.digits, j, literal + 1, wild);
				}
			}
			if (node.anyEnding) {
				const end = i > s && runEnd[i - 1]! >= 0 ? runEnd[i - 1]! : i < n ? runEnd[i]! : -1;
				if (end >= 0) push(node.anyEnding, end, literal, wild);
			}
		}
	}
}
