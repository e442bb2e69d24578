import type { LexiconIndex } from '../../pack/lexicon-index-schema';
import type { DraftViews } from '../normalize/pipeline';
import { matchTerms } from './match-terms';
import { lexiconFirsts } from './lexicon-firsts';
import { matchWords } from './match-words';
import { lexiconReferences, parseTerm, plainWordCount, refusableTerms, type TermWord } from './parse-term';
import { addTerm, createTrieNode, sealCalls, type TrieNode } from './term-trie';
import { RootIndex } from './root-index';
import { createWordNode, type WordNode } from './word-node';
import { addTermTexts, toPlainWords, type Inlined, type WordTrieContext } from './word-trie';

/** What a term list is for in its rule. */
export const ROLE = { terms: 0, exceptions: 1, targets: 2, unless: 3 } as const;
export type Role = (typeof ROLE)[keyof typeof ROLE];
const ROLES = 4;

/** The term hits of one check: flat [start, end, start, end, …] in original offsets per (rule, role). */
export interface TermHits {
	/**
	 * The hits as the lists they are kept in: the rule's own, then the lists of lexicons it shares with
	 * other rules (the same arrays for every rule that names them), none empty. Nothing is copied.
	 */
	lists(rule: number, role: Role): readonly (readonly number[])[];
}

/**
 * All term lists of a pack in two tries (plain and evasive), so one walk per view finds every term of
 * every rule. Nothing is expanded: in the plain (word) trie a lexicon that starts a term is inlined where
 * the term starts, and one named later (`our @roles`) is called — its own trie, built once; in the evasive
 * trie every lexicon is called. Evasive rules' terms go in both tries: the plain view still splits e-mail
 * addresses and mentions into words, the evasive one sees through f*ck, sh1t and s h i t.
 * Both grow as drafts need them, so a waking worker compiles fast: the plain trie below a first word when
 * a draft first has that word (see word-trie.ts), the evasive trie when a draft first has a disguised word,
 * and each evasive lexicon's trie when a disguised word first reaches it.
 */
export class TermIndex {
	private readonly plain = createWordNode();
	private readonly wordTrie: WordTrieContext;
	private readonly evasive = createTrieNode();
	/**
	 * The evasive rules' terms. A draft's first disguised word (most drafts have none) puts them in the
	 * evasive trie and works out their reach.
	 */
	private readonly evasiveTerms: { term: string; record: (end: TrieNode) => void }[] = [];
	private evasiveBuilt = false;
	private readonly lexiconRoots = new Map<string, TrieNode>();
	private readonly callers: TrieNode[] = [];
	private hasPlain = false;
	private hasEvasive = false;
	private reach: number | undefined;

	/**
	 * The most draft words an evasive term can span (lexicons counted at their longest entry). Worked out
	 * when first asked — when a draft first has a disguised word — since it reads every entry of every
	 * lexicon an evasive term names.
	 */
	get evasiveReach(): number {
		return (this.reach ??= this.evasiveTerms.reduce(
			(most, { term }) => Math.max(most, this.span(parseTerm(term))),
			0,
		));
	}

	private readonly rootIndex: RootIndex | undefined;

	/** With `index` (the pack's), lexicons a term starts with go in as drafts need them (see root-index.ts). */
	constructor(
		private readonly lexicons: Readonly<Record<string, readonly string[]>>,
		index?: LexiconIndex,
	) {
		this.rootIndex = index && new RootIndex(this.plain, index, lexicons);
		this.wordTrie = {
			entries: (name) => {
				this.checkAcyclic(name, []);
				return this.lexicons[name]!;
			},
			parse: (entry) => toPlainWords(parseTerm(entry)),
			inlined: new Map<WordNode, Map<string, Inlined>>(),
			tries: new Map<string, WordNode>(),
			rootIndex: this.rootIndex,
		};
	}

	/** Adds terms of a rule; throws (naming the term) when one cannot be parsed or names no lexicon. */
	add(rule: number, role: Role, terms: readonly string[], evasive: boolean): void {
		const key = rule * ROLES + role;
		if (evasive && (this.evasiveBuilt || this.reach !== undefined))
			throw new Error('terms are added before the first check');
		// Terms that could be refused are parsed now, and the lexicons terms name are checked, so a bad pack fails
		// to compile; the rest (most) wait unparsed below their first word until a draft reaches it.
		for (const term of refusableTerms(terms)) parseTerm(term);
		for (const name of lexiconReferences(terms)) this.checkAcyclic(name, []);
		const record = (end: { hits?: number[] }) => {
			const hits = (end.hits ??= []);
			if (!hits.includes(key)) hits.push(key);
		};
		// One insertion for every term of the list: they end alike.
		const insertion = { from: 1, onEnd: record, context: this.wordTrie };
		addTermTexts(this.plain, terms, insertion);
		if (evasive) for (const term of terms) this.evasiveTerms.push({ term, record });
		this.hasPlain ||= terms.length > 0;
		this.hasEvasive ||= evasive && terms.length > 0;
	}

	/** Indexes the hit lists rules share; call once after the last `add`. */
	seal(): void {
		for (const byName of this.wordTrie.inlined.values())
			for (const { hits } of byName.values())
				for (const key of hits) (this.sharedByKey[key] ??= []).push(hits);
	}

	/** Per key, the shared hit lists (of inlined lexicons) holding it. */
	private readonly sharedByKey: (number[][] | undefined)[] = [];

	/** Finds every term in the draft; `withEvasion` also walks the evasive view. The hit lists it gives are read-only. */
	collect(views: DraftViews, withEvasion: boolean): TermHits {
		// Keys are small dense integers (rule × 4 + role): an array beats a Map on the thousands of hits of a long draft.
		const buckets: (number[] | undefined)[] = [];
		const add = (key: number, from: number, to: number) => {
			const bucket = buckets[key];
			if (bucket) bucket.push(from, to);
			else buckets[key] = [from, to];
		};
		// A lexicon that ends many terms (@school-refs names targets for dozens of rules) is recorded once per
		// match, by its shared list, and spread to the rules' keys only when a rule asks.
		const shared = new Map<readonly number[], number[]>();
		const addShared = (list: readonly number[], from: number, to: number) => {
			const bucket = shared.get(list);
			if (bucket) bucket.push(from, to);
			else shared.set(list, [from, to]);
		};
		if (this.hasPlain) {
			this.rootIndex?.fill(views.plain.words);
			matchWords(views.plain, this.plain, add, addShared);
		}
		if (withEvasion && this.hasEvasive) {
			const view = views.evasive;
			if (!this.evasiveBuilt && view.canStart.includes(1)) this.buildEvasive();
			matchTerms(view, this.evasive, true, (key, start, end) =>
				add(key, view.starts[start]!, view.ends[end - 1]!),
			);
		}
		const lists = (rule: number, role: Role): readonly (readonly number[])[] => {
			const key = rule * ROLES + role;
			const own = buckets[key];
			const found: (readonly number[])[] = own ? [own] : [];
			for (const list of this.sharedByKey[key] ?? NO_LISTS) {
				const more = shared.get(list);
				if (more) found.push(more);
			}
			return found;
		};
		return { lists };
	}

	private buildEvasive(): void {
		for (const { term, record } of this.evasiveTerms)
			record(addTerm(this.evasive, parseTerm(term), (name) => this.lexicon(name), this.callers));
		this.evasiveBuilt = true;
		sealCalls(this.callers, this.firsts);
	}

	/** Checks one lexicon; throws on an unknown reference, a bad entry or a cycle. */
	checkLexicon(name: string): void {
		this.entries(name);
	}

	private readonly spans = new Map<string, number>();

	/** How many words a parsed term spans at most; lexicons are acyclic by the time terms are added. */
	private span(words: readonly TermWord[]): number {
		let total = 0;
		for (const word of words) {
			if (Array.isArray(word)) {
				total++;
				continue;
			}
			let longest = this.spans.get(word.lexicon);
			if (longest === undefined) {
				this.checkAcyclic(word.lexicon, []);
				longest = 0;
				for (const entry of this.lexicons[word.lexicon]!)
					longest = Math.max(longest, plainWordCount(entry) ?? this.span(parseTerm(entry)));
				this.spans.set(word.lexicon, longest);
			}
			total += longest;
		}
		return total;
	}

	private readonly parsedLexicons = new Map<string, TermWord[][]>();
	/** A lexicon's entries, parsed once; the first time, its references are checked for cycles. */
	private entries(name: string): TermWord[][] {
		let parsed = this.parsedLexicons.get(name);
		if (parsed) return parsed;
		this.checkAcyclic(name, []);
		parsed = this.lexicons[name]!.map((entry) => parseTerm(entry));
		this.parsedLexicons.set(name, parsed);
		return parsed;
	}

	// Lexicons already walked in full: nothing below them is unknown or cyclic (any such error would have
	// been thrown), so each is walked once instead of once per path that names it.
	private readonly acyclic = new Set<string>();

	// Entries that could be refused are parsed now, and the lexicons they name are checked, so a bad pack fails
	// to compile; the rest wait until a draft reaches them.
	private checkAcyclic(name: string, path: readonly string[]): void {
		if (this.acyclic.has(name)) return;
		const entries = this.lexicons[name];
		if (!entries) throw new Error(`unknown lexicon "@${name}"`);
		if (path.includes(name)) throw new Error(`lexicon cycle: @${[...path, name].join(' → @')}`);
		for (const entry of refusableTerms(entries)) parseTerm(entry);
		for (const ref of lexiconReferences(entries)) this.checkAcyclic(ref, [...path, name]);
		this.acyclic.add(name);
	}

	private readonly firstsByName = lexiconFirsts((name) => this.entries(name));
	private readonly firsts = (root: TrieNode) => this.firstsByName(this.lexiconNames.get(root)!);
	private readonly lexiconNames = new Map<TrieNode, string>();

	/**
	 * A lexicon's evasive trie root. It is filled on first entry: only disguised words walk these tries,
	 * so most lexicons are never built and compiling stays cheap. `entries` has checked it already.
	 */
	private lexicon(name: string): TrieNode {
		const known = this.lexiconRoots.get(name);
		if (known) return known;
		this.checkAcyclic(name, []);
		const root = createTrieNode();
		this.lexiconRoots.set(name, root);
		this.lexiconNames.set(root, name);
		root.fill = () => {
			root.fill = undefined; // not `delete`: that would turn the root into a slow dictionary object
			const callers: TrieNode[] = [];
			for (const words of this.entries(name))
				addTerm(root, words, (ref) => this.lexicon(ref), callers).lexiconEnd = true;
			sealCalls(callers, this.firsts);
		};
		return root;
	}
}

const NO_LISTS: readonly number[][] = [];

/** Turns flat hits into spans. @example toSpans([0, 4, 6, 9]) → [[0, 4], [6, 9]] */
export function toSpans(flat: readonly number[]): [number, number][] {
	const spans: [number, number][] = [];
	for (let i = 0; i < flat.length; i += 2) spans.push([flat[i]!, flat[i + 1]!]);
	return spans;
}
