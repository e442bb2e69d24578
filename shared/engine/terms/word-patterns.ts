import { ANY_ENDING, DIGITS, type TermElement } from './parse-term';
import { createWordNode, type WordNode } from './word-node';

// Words of a term with `#` (digits) or `*` (any ending) in the word trie: found by the draft word's shape,
// by a stem, or by a RegExp.

// Without the g flag a RegExp keeps no state, so every node testing the same word shares one.
const regexes = new Map<string, RegExp>();

/**
 * A word with `#` or `*`, tested against the draft's word, and where it leads. Most are a stem and `*`
 * ("staffroom*"): they carry the stem, and a `startsWith` does the regex's work.
 */
export interface PatternEdge {
	readonly regex: RegExp;
	readonly stem: string | undefined;
	readonly node: WordNode;
}

const DIGIT_CHARS = [...'0123456789'];

/**
 * The node below `node` for a word with `#` or `*`: by shape when the word is letters and `#` only, else by
 * a pattern edge (indexed by first character). @example patternChild(root, parseTerm('y#')[0])
 */
export function patternChild(node: WordNode, elements: readonly TermElement[]): WordNode {
	const shape = shapeOf(elements);
	if (shape !== undefined) {
		const shapes = (node.shapes ??= new Map());
		let next = shapes.get(shape);
		if (!next) shapes.set(shape, (next = createWordNode()));
		return next;
	}
	const source = wordPatternSource(elements);
	node.patterns ??= new Map();
	let entry = node.patterns.get(source);
	if (entry) return entry.node;
	const regex = sharedRegExp(source);
	const stem = stemOf(elements);
	node.patterns.set(source, (entry = { regex, stem, node: createWordNode() }));
	if (stem !== undefined && stem.length >= 2) {
		// Most are stems: a draft word looks up only those sharing its first two letters.
		const byTwo = (node.stemsByTwo ??= new Map());
		const key = firstTwo(stem);
		const list = byTwo.get(key);
		if (list) list.push(entry);
		else byTwo.set(key, [entry]);
		return entry.node;
	}
	const byFirst = (node.patternsByFirst ??= new Map());
	const anyFirst = (node.patternsAnyFirst ??= []);
	const addTo = (char: string) => {
		const list = byFirst.get(char);
		if (list) list.push(entry);
		else byFirst.set(char, [...anyFirst, entry]);
	};
	const first = elements[0];
	if (first === ANY_ENDING) {
		anyFirst.push(entry);
		for (const list of byFirst.values()) list.push(entry);
	} else if (first === DIGITS) for (const digit of DIGIT_CHARS) addTo(digit);
	else addTo(first as string);
	return entry.node;
}

/** A word's first two UTF-16 units as one number, the key of WordNode.stemsByTwo. @example firstTwo('st') */
export function firstTwo(word: string): number {
	return word.charCodeAt(0) * 0x10000 + word.charCodeAt(1);
}

/**
 * The anchored RegExp source of a term word with `#` (digits) or `*` (any ending), read against a whole word.
 * @example wordPatternSource(parseTerm('y#s')[0]) === '^y\\d+s$'
 */
export function wordPatternSource(elements: readonly TermElement[]): string {
	return `^${elements.map((e) => (e === DIGITS ? '\\d+' : e === ANY_ENDING ? '[^]*' : escape(e))).join('')}$`;
}

/**
 * The RegExp of a `wordPatternSource`, one per source for the whole engine (without the g flag it keeps no state).
 * @example wordPattern(parseTerm('idiot*')[0]).test('idiots') === true
 */
export function wordPattern(elements: readonly TermElement[]): RegExp {
	return sharedRegExp(wordPatternSource(elements));
}

function sharedRegExp(source: string): RegExp {
	let regex = regexes.get(source);
	if (!regex) regexes.set(source, (regex = new RegExp(source)));
	return regex;
}

/** The letters before a final `*` when that is all the word is ("observ*" → "observ"), else undefined. */
function stemOf(elements: readonly TermElement[]): string | undefined {
	if (elements.length < 2 || elements.at(-1) !== ANY_ENDING) return undefined;
	const stem = elements.slice(0, -1);
	return stem.every((e) => typeof e === 'string') ? stem.join('') : undefined;
}

function escape(char: string): string {
	return /[\\^$.*+?()[\]{}|/-]/.test(char) ? `\\${char}` : char;
}

const DIGIT = /[0-9]/;
const DIGIT_RUNS = /[0-9]+/g;

/** A draft word's shape: each run of digits as one `#` ("Y10" → "y#"). @example wordShape('9s') === '#s' */
export function wordShape(word: string): string {
	return word.replace(DIGIT_RUNS, '#');
}

/** The shape a `#` word matches exactly, or undefined when it needs its regex (a `*`, or `#` beside a digit). */
function shapeOf(elements: readonly TermElement[]): string | undefined {
	let shape = '';
	for (let k = 0; k < elements.length; k++) {
		const element = elements[k]!;
		if (element === ANY_ENDING) return undefined;
		if (element === DIGITS) {
			const before = elements[k - 1];
			const after = elements[k + 1];
			if (after === DIGITS || (typeof before === 'string' && DIGIT.test(before))) return undefined;
			if (typeof after === 'string' && DIGIT.test(after)) return undefined;
			shape += '#';
		} else shape += element;
	}
	return shape;
}
