import { LEETSPEAK } from '../normalize/leetspeak';
import type { WordView } from '../normalize/word-view';
import { ANY_FIRST, type LexiconFirsts } from './lexicon-firsts';
import type { Call, TrieNode } from './term-trie';

const MAX_WILDCARDS = 2;
const NO_LETTERS: readonly string[] = [];
const WORK_PER_CHAR = 4;
const WORK_BASE = 100_000;

/** Where to carry on when the lexicon entry being matched ends: a stack of continuation nodes. */
interface Frame {
	readonly continuation: TrieNode;
	readonly next: Frame | null;
}

function isDigit(char: string | undefined): boolean {
	return char !== undefined && char >= '0' && char <= '9';
}

/**
 * Walks the trie from every word start of the view, once for all terms of the pack, and reports each term
 * found as (key, start, end) in view indices. Linear in the text for a fixed trie: a walk never goes deeper
 * than the terms are long, repeats are capped before matching, and `*` endings jump via `runEnd`.
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
	const frames: (Frame | null)[] = [];
	const push = (node: TrieNode, at: number, literal: number, wild: number, frame: Frame | null) => {
		nodes.push(node);
		positions.push(at);
		literals.push(literal);
		wildcards.push(wild);
		frames.push(frame);
	};
	const enter = (call: Call, at: number, literal: number, wild: number, frame: Frame | null) => {
		call.lexicon.fill?.();
		push(call.lexicon, at, literal, wild, { continuation: call.continuation, next: frame });
	};
	// Which lexicons a node's calls may enter depends only on the word here (or, for a word matched letter by
	// letter, on its first character): worked out once per node and word, and kept across checks.
	const callsAt = (node: TrieNode, i: number, c: string): readonly Call[] => {
		const spelled = spellableWord(view, i);
		const key = spelled ?? `\u0000${c}`;
		const memo = (node.callsByWord ??= new Map());
		let calls = memo.get(key);
		if (calls) return calls;
		const word = spelled === undefined ? undefined : wordSpellings(spelled);
		const leet = evasive ? LEETSPEAK.get(c) : undefined;
		const starred = spelled?.includes('*') === true;
		calls = node.callList!.filter((call) => mayEnter(call.firsts, c, word, leet, starred));
		if (memo.size < MAX_REMEMBERED_WORDS) memo.set(key, calls);
		return calls;
	};
	// A work budget: disguised words are rare in real drafts, but 100,000 characters of "s h 1 t" are not;
	// past the budget the evasive walk stops (the plain view has already been matched in full).
	let budget = WORK_PER_CHAR * n + WORK_BASE;
	for (let s = 0; s < n && budget > 0; s++) {
		if (canStart[s] !== 1) continue;
		push(root, s, 0, 0, null);
		while (nodes.length > 0) {
			budget--;
			const node = nodes.pop()!;
			const i = positions.pop()!;
			const literal = literals.pop()!;
			const wild = wildcards.pop()!;
			const frame = frames.pop()!;
			if (node.hits && canEnd[i] === 1 && wild <= literal) for (const key of node.hits) onHit(key, s, i);
			if (node.lexiconEnd && frame) push(frame.continuation, i, literal, wild, frame.next);
			if (i < n) {
				const c = text[i]!;
				const exact = node.next?.get(c);
				let moved = exact !== undefined;
				if (exact) push(exact, i + 1, literal + 1, wild, frame);
				// Enter only the lexicons with an entry that can start here: by the whole word (its spellings, see
				// wordSpellings), else by the first character for words that stars or spaced letters hide.
				if (node.callList) for (const call of callsAt(node, i, c)) enter(call, i, literal, wild, frame);
				if (evasive) {
					for (const letter of LEETSPEAK.get(c) ?? NO_LETTERS) {
						const viaLeet = node.next?.get(letter);
						if (viaLeet) {
							push(viaLeet, i + 1, literal + 1, wild, frame);
							moved = true;
						}
					}
					if (!moved && i > s && c === text[i - 1] && c !== ' ') push(node, i + 1, literal, wild, frame);
					if (c === '*' && literal > 0 && wild < MAX_WILDCARDS && node.next)
						for (const next of letterChildren(node, node.next)) push(next, i + 1, literal, wild + 1, frame);
				}
				if (node.digits && isDigit(c)) {
					let j = i + 1;
					while (isDigit(text[j])) j++;
					push(node.digits, j, literal + 1, wild, frame);
				}
			}
			if (node.anyEnding) {
				const end = i > s && runEnd[i - 1]! >= 0 ? runEnd[i - 1]! : i < n ? runEnd[i]! : -1;
				if (end >= 0) push(node.anyEnding, end, literal, wild, frame);
			}
		}
	}
}

/**
 * The children below every edge but the word break, listed once per node: iterating the Map's entries made
 * an array per child at every `*` a walk met. A node's edges are all added when its trie is built, before
 * any walk; the count is checked all the same.
 */
function letterChildren(node: TrieNode, next: Map<string, TrieNode>): readonly TrieNode[] {
	const known = node.letterChildren;
	if (known && known.length === next.size - (next.has(' ') ? 1 : 0)) return known;
	const children: TrieNode[] = [];
	next.forEach((child, char) => {
		if (char !== ' ') children.push(child);
	});
	return (node.letterChildren = children);
}

/**
 * True when a lexicon (by how its entries begin) may have an entry starting at this character and word.
 * A starred word's spellings read its `*` as an ASCII letter or digit, so a lexicon with other first
 * words is entered by the first character.
 */
function mayEnter(
	firsts: LexiconFirsts,
	c: string,
	word: readonly string[] | undefined,
	leet: readonly string[] | undefined,
	starred: boolean,
): boolean {
	const { chars, words, shapes } = firsts;
	if (chars.has(ANY_FIRST)) return true;
	if (word === undefined || (starred && !firsts.plain)) {
		if (chars.has(c)) return true;
	} else
		for (const spelling of word)
			if (words.has(spelling) || shapes.some((shape) => shape.test(spelling))) return true;
	if (leet) for (const letter of leet) if (chars.has(letter)) return true;
	return false;
}

// At most one `*` (two have 36² readings), after at least one character: a `*` stands in for a letter only
// once the match has a real one.
const SPELLABLE = /^[a-z0-9@$!|]+(?:\*[a-z0-9@$!|]*)?$/;
const STAR_READINGS = [...'abcdefghijklmnopqrstuvwxyz0123456789'];
const MAX_WORD = 40;
const MAX_SPELLINGS = 64;

const MAX_REMEMBERED_WORDS = 4096;

/**
 * The word at i when lexicons can be looked up by its spellings, or undefined when it must be matched
 * letter by letter: a word with stars, inside spaced-out letters, or too long to be a lexicon entry's.
 */
function spellableWord(view: WordView, i: number): string | undefined {
	const end = view.runEnd[i]!;
	// Inside spaced-out letters any letter may start a word; a very long word is no lexicon entry's.
	if (end <= i || end - i > MAX_WORD || (end > i + 1 && view.canEnd[i + 1] === 1)) return undefined;
	const word = view.text.slice(i, end);
	return SPELLABLE.test(word) ? word : undefined;
}

/**
 * The spellings of a word to look lexicons up by (doubled letters collapsed or not, leet symbols read as
 * themselves or as the letters they stand for: "sh1t" → shit, shlt, sh1t), or undefined when it has too
 * many readings. A superset of the first words that can match here is enough: the walk itself decides.
 */
function wordSpellings(word: string): string[] | undefined {
	const doubles: number[] = [];
	for (let k = 1; k < word.length; k++) if (word[k] === word[k - 1]) doubles.push(k);
	if (doubles.length > 3) return undefined;
	const out = new Set<string>();
	for (let mask = 0; mask < 1 << doubles.length; mask++) {
		const collapsed = [...word].filter((_, k) => !doubles.some((d, bit) => d === k && mask & (1 << bit)));
		let readings = [''];
		for (const char of collapsed) {
			if (char === '*') {
				readings = readings.flatMap((r) => STAR_READINGS.map((letter) => r + letter));
				if (readings.length > MAX_SPELLINGS) return undefined;
				continue;
			}
			const leet = LEETSPEAK.get(char);
			readings = leet
				? readings.flatMap((r) => [r + char, ...leet.map((l) => r + l)])
				: readings.map((r) => r + char);
			if (readings.length > MAX_SPELLINGS) return undefined;
		}
		for (const reading of readings) out.add(reading);
		if (out.size > MAX_SPELLINGS) return undefined;
	}
	return [...out];
}
