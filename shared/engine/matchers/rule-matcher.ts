import type { School } from '../../pack/schema';
import type { WorkingHours } from '../context';
import type { Span } from '../finding';
import type { DraftViews } from '../normalize/pipeline';
import type { Role, TermHits } from '../terms/term-index';

/** The check context with defaults applied. */
export interface ResolvedContext {
	platform: string;
	surface: string;
	images: number;
	time?: string;
	workingHours?: WorkingHours;
}

/** What a compiled rule sees during one check; everything is computed once and shared by all rules. */
export interface RuleEnv {
	readonly views: DraftViews;
	readonly hits: TermHits;
	readonly context: ResolvedContext;
	/** Sentence number of an original offset. */
	sentenceOf(offset: number): number;
	/** Where the sentence holding an original offset starts, and where the next one does (Infinity for the last). */
	sentenceBounds(offset: number): readonly [number, number];
	/** Word number of an original offset. */
	wordOf(offset: number): number;
	/**
	 * `compute()` once per check for `key`, shared by every rule that asks (a detector or a pattern two
	 * rules use runs once).
	 */
	once<T>(key: unknown, compute: () => T): T;
	/** The spans each clause was raised on so far: rules of every other kind run before a combination. */
	readonly raised: ReadonlyMap<string, readonly Span[]>;
}

/** A compiled rule's matcher: spans of the original draft to flag. */
export type RuleMatcher = (env: RuleEnv) => Span[];

/** What a rule compiler gets: its index, the pack's term index (through addTerms) and the school. */
export interface CompileContext {
	readonly index: number;
	readonly school: School;
	/** Expands lexicon references and adds the terms to the pack's term index under this rule and role. */
	addTerms(role: Role, terms: readonly string[]): void;
	/** This rule's hits for a role, as spans. */
	spans(env: RuleEnv, role: Role): Span[];
	/**
	 * The same spans as the lists they are kept in (see TermHits.lists): a list shared with other rules is the
	 * same array for each of them in a check, so work on it can be shared too.
	 */
	spanLists(env: RuleEnv, role: Role): Span[][];
}
