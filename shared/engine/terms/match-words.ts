import type { DraftWords } from '../normalize/draft-words';
import type { Frame, WordNode } from './word-node';
import { firstTwo, wordShape, type PatternEdge } from './word-patterns';
import { fillWordNode } from './word-trie';

const HAS_DIGIT = /[0-9]/;

/**
 * Walks the word trie from every word of the draft and reports each term found as (key, start, end) in
 * original offsets. Each step is one Map lookup per word (plus the few `#`/`*` words of that node).
 * @example matchWords(words, root, (key, s, e) => hits.push(key, s, e), (list, s, e) => shared.push(list, s, e))
 */
export function matchWords(
	draft: DraftWords,
	root: WordNode,
	onHit: (key: number, start: number, end: number) => void,
	onShared: (list: readonly number[], start: number, end: number) => void,
): void {
	const { words, starts, ends } = draft;
	const n = words.length;
	const nodes: WordNode[] = [];
	const positions: number[] = [];
	const frames: (Frame | null)[] = [];
	const shapes: (string | undefined)[] = []; // per word, computed when a node with shapes first asks
	const push = (node: WordNode, at: number, frame: Frame | null) => {
		nodes.push(node);
		positions.push(at);
		frames.push(frame);
	};
	// Pushes where `node` goes on the draft's word w: its word, its shape (digit runs as `#`), and the words
	// with `#` or `*` that may match it (one lookup, see patternsByFirst).
	const step = (node: WordNode, w: number, frame: Frame | null) => {
		const word = words[w]!;
		const child = node.words?.get(word);
		if (child) push(child, w + 1, frame);
		if (node.shapes) {
			const shaped = node.shapes.get((shapes[w] ??= HAS_DIGIT.test(word) ? wordShape(word) : ''));
			if (shaped) push(shaped, w + 1, frame);
		}
		if (node.patternsByFirst)
			pushMatching(node.patternsByFirst.get(word[0]!) ?? node.patternsAnyFirst, word, w + 1, frame, push);
		if (node.stemsByTwo && word.length >= 2)
			pushMatching(node.stemsByTwo.get(firstTwo(word)), word, w + 1, frame, push);
	};
	for (let s = 0; s < n; s++) {
		// The root is stepped here, not pushed: it holds no hits, ends, calls or pending terms (terms start
		// below it), so each draft word costs its lookups before the stack is touched.
		step(root, s, null);
		while (nodes.length > 0) {
			const node = nodes.pop()!;
			const w = positions.pop()!;
			const frame = frames.pop()!;
			if (node.pending) fillWordNode(node);
			if (w > s) {
				if (node.hits) for (const key of node.hits) onHit(key, starts[s]!, ends[w - 1]!);
				if (node.sharedHits)
					for (const list of node.sharedHits) if (list.length > 0) onShared(list, starts[s]!, ends[w - 1]!);
			}
			if (node.lexiconEnd && frame) push(frame.continuation, w, frame.next);
			if (node.epsilons) for (const next of node.epsilons) push(next, w, frame);
			if (node.calls)
				for (const call of node.calls) {
					// Frames never change: a call from outside any lexicon (most) reuses one frame for every visit.
					const inner = frame
						? { continuation: call.continuation, next: frame }
						: (call.top ??= { continuation: call.continuation, next: null });
					const root = call.root;
					if (root.pending) fillWordNode(root);
					// A lexicon's root is just a branching point (its entries hit, end and call deeper down): step it
					// now rather than push it.
					if (w < n && !root.hits && !root.sharedHits && !root.lexiconEnd && !root.epsilons && !root.calls)
						step(root, w, inner);
					else push(root, w, inner);
				}
			if (w < n) step(node, w, frame);
		}
	}
}

function pushMatching(
	patterns: readonly PatternEdge[] | undefined,
	word: string,
	at: number,
	frame: Frame | null,
	push: (node: WordNode, at: number, frame: Frame | null) => void,
): void {
	if (patterns)
		for (const { regex, stem, node } of patterns)
			if (stem === undefined ? regex.test(word) : word.startsWith(stem)) push(node, at, frame);
}
