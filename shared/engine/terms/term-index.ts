import type { DraftViews } from '../normalize/pipeline';
import { mapSpan } from '../normalize/mapped-text';
import { matchTerms } from './match-terms';
import { parseTerm } from './parse-term';
import { addTerm, createTrieNode, sealCalls, type TrieNode } from './term-trie';

/** What a term list is for in its rule. */
export const ROLE = { terms: 0, exceptions: 1, targets: 2, unless: 3 } as const;
export type Role = (typeof ROLE)[keyof typeof ROLE];
const ROLES = 4;

/** The term hits of one check: flat [start, end, start, end, …] in original offsets per (rule, role). */
export interface TermHits {
	get(rule: number, role: Role): readonly number[];
}

/**
 * All term lists of a pack in two tries (plain and evasive), so one walk per view finds every term of
 * every rule. A lexicon is compiled once into its own trie, which terms naming it (`our @roles`) call
 * into: nothing is expanded, so compiling stays proportional to what the pack's authors wrote. Evasive
 * rules' terms go in both tries: the plain view still splits e-mail addresses and mentions into words,
 * the evasive one sees through f*ck, sh1t and s h i t.
 */
export class TermIndex {
	private readonly plain = createTrieNode();
	private readonly evasive = createTrieNode();
	private readonly lexiconRoots = new Map<string, TrieNode>();
	private readonly callers: TrieNode[] = [];
	private hasPlain = false;
	private hasEvasive = false;

	constructor(private readonly lexicons: Readonly<Record<string, readonly string[]>>) {}

	/** Adds terms of a rule; throws (naming the term) when one cannot be parsed or names no lexicon. */
	add(rule: number, role: Role, terms: readonly string[], evasive: boolean): void {
		const key = rule * ROLES + role;
		for (const term of terms) {
			const words = parseTerm(term);
			for (const root of evasive ? [this.plain, this.evasive] : [this.plain]) {
				const end = addTerm(root, words, (name) => this.lexicon(name, []), this.callers);
				const hits = (end.hits ??= []);
				if (!hits.includes(key)) hits.push(key);
			}
			this.hasPlain = true;
			this.hasEvasive ||= evasive;
		}
	}

	/** Indexes the calls into lexicons; call once after the last `add`. */
	seal(): void {
		sealCalls(this.callers);
	}

	/** Finds every term in the draft; `withEvasion` also walks the evasive view. */
	collect(views: DraftViews, withEvasion: boolean): TermHits {
		const buckets = new Map<number, number[]>();
		const run = (root: TrieNode, evasive: boolean) => {
			const view = evasive ? views.evasive : views.plain;
			matchTerms(view, root, evasive, (key, start, end) => {
				const [from, to] = mapSpan(view, start, end);
				let bucket = buckets.get(key);
				if (!bucket) buckets.set(key, (bucket = []));
				bucket.push(from, to);
			});
		};
		if (this.hasPlain) run(this.plain, false);
		if (withEvasion && this.hasEvasive) run(this.evasive, true);
		return { get: (rule, role) => buckets.get(rule * ROLES + role) ?? EMPTY };
	}

	/** Compiles one lexicon; throws on an unknown reference, a bad entry or a cycle. */
	checkLexicon(name: string): void {
		this.lexicon(name, []);
	}

	private lexicon(name: string, path: readonly string[]): TrieNode {
		const known = this.lexiconRoots.get(name);
		if (known) return known;
		const entries = this.lexicons[name];
		if (!entries) throw new Error(`unknown lexicon "@${name}"`);
		if (path.includes(name)) throw new Error(`lexicon cycle: @${[...path, name].join(' → @')}`);
		const root = createTrieNode();
		const building = [...path, name];
		for (const entry of entries) {
			// Build referenced lexicons first (depth first), so a cycle is found instead of looping.
			const words = parseTerm(entry);
			for (const word of words) if (!Array.isArray(word)) this.lexicon(word.lexicon, building);
			addTerm(root, words, (ref) => this.lexicon(ref, building), this.callers).lexiconEnd = true;
		}
		this.lexiconRoots.set(name, root);
		return root;
	}
}

const EMPTY: readonly number[] = [];

/** Turns flat hits into spans. @example toSpans([0, 4, 6, 9]) → [[0, 4], [6, 9]] */
export function toSpans(flat: readonly number[]): [number, number][] {
	const spans: [number, number][] = [];
	for (let i = 0; i < flat.length; i += 2) spans.push([flat[i]!, flat[i + 1]!]);
	return spans;
}
