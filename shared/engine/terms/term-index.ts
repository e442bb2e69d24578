import type { DraftViews } from '../normalize/pipeline';
import { mapSpan } from '../normalize/mapped-text';
import { matchTerms } from './match-terms';
import { parseTerm } from './parse-term';
import { addTerm, createTrieNode, type TrieNode } from './term-trie';

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
 * every rule. Evasive rules' terms go in both tries: the plain view still splits e-mail addresses and
 * mentions into words, the evasive one sees through f*ck, sh1t and s h i t.
 */
export class TermIndex {
	private readonly plain = createTrieNode();
	private readonly evasive = createTrieNode();
	private hasPlain = false;
	private hasEvasive = false;

	/** Adds expanded terms of a rule; throws (naming the term) when one cannot be parsed. */
	add(rule: number, role: Role, terms: readonly string[], evasive: boolean): void {
		for (const term of terms) {
			const words = parseTerm(term);
			addTerm(this.plain, words, rule * ROLES + role);
			this.hasPlain = true;
			if (evasive) {
				addTerm(this.evasive, words, rule * ROLES + role);
				this.hasEvasive = true;
			}
		}
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
}

const EMPTY: readonly number[] = [];

/** Turns flat hits into spans. @example toSpans([0, 4, 6, 9]) → [[0, 4], [6, 9]] */
export function toSpans(flat: readonly number[]): [number, number][] {
	const spans: [number, number][] = [];
	for (let i = 0; i < flat.length; i += 2) spans.push([flat[i]!, flat[i + 1]!]);
	return spans;
}
