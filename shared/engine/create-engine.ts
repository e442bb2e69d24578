import { indexLexicons } from '../pack/index-lexicons';
import { packLexicons } from '../pack/pack-lexicons';
import type { Rule, RulePack, Severity, When } from '../pack/schema';
import type { CheckContext } from './context';
import { compareFindings, mergeSpans, type Finding, type Span } from './finding';
import { type CombinationRule, compileCombination, standsOn } from './matchers/combination';
import { compileContextRule } from './matchers/context-rule';
import { compilePattern } from './matchers/pattern';
import { compilePersonalData } from './matchers/personal-data';
import { compilePhrases } from './matchers/phrases';
import { compileProximity } from './matchers/proximity';
import { quietUnless } from './matchers/quiet-unless';
import { compileRequirement } from './matchers/requirement';
import type { CompileContext, RuleEnv, RuleMatcher } from './matchers/rule-matcher';
import { compileHintModel, type Hint } from './hint-model/compile-hint-model';
import { HINT_RULE } from './hint-model/hint-rule';
import { createDraftViews } from './normalize/pipeline';
import { createSentenceIndex, upperBound, type SentenceIndex } from './sentences';
import { ROLE, TermIndex, toSpans } from './terms/term-index';
import { isWhenMet } from './when';

/** A compiled pack: check drafts against it as often as you like. */
export interface Engine {
	/** Findings for one draft, sorted by position; offsets are UTF-16 indices into `draft`. */
	check(draft: string, context: CheckContext): Finding[];
}

interface CompiledRule {
	id: string;
	clause: string;
	severity: Severity;
	message: string;
	when: When | undefined;
	evasive: boolean;
	/** A combination reads the findings of the other rules: it runs after them. */
	combination: boolean;
	match: RuleMatcher;
}

const COMPILERS: {
	[K in Rule['kind']]: (rule: Extract<Rule, { kind: K }>, c: CompileContext) => RuleMatcher;
} = {
	phrases: compilePhrases,
	pattern: compilePattern,
	'personal-data': compilePersonalData,
	proximity: compileProximity,
	requirement: compileRequirement,
	context: compileContextRule,
	combination: compileCombination,
};

/**
 * Compiles a validated pack once: every term of every rule goes into one trie per view, so a check
 * normalises the draft once and walks it once, whatever the number of rules.
 * @example compilePack(pack).check('What a sh1t day', { platform: 'x', surface: 'post', images: 0 })
 */
export function compilePack(pack: RulePack): Engine {
	const lexicons = packLexicons(pack.school);
	// A pack built by the CLI carries the index of its lexicons' first words; one put together otherwise gets one here.
	const terms = new TermIndex(lexicons, pack.lexiconIndex ?? indexLexicons(lexicons));
	const school = { ...pack.school, lexicons };
	const rules: CompiledRule[] = pack.rules.map((rule, index) => {
		const clause = pack.clauses[rule.clause];
		if (!clause) throw new Error(`${rule.id}: unknown clause "${rule.clause}"`);
		const evasive = 'evasion' in rule && rule.evasion === true;
		if (rule.kind === 'combination')
			for (const needed of [...rule.all, ...(rule.any ?? [])])
				if (!pack.clauses[needed]) throw new Error(`${rule.id}: unknown clause "${needed}"`);
		const c: CompileContext = {
			index,
			school,
			addTerms: (role, list) => terms.add(index, role, list, evasive),
			// Rules naming the same lexicon share its hit list (see TermIndex.collect): its spans are made once per
			// check, and a rule with more than one list joins their spans, not their hits.
			spanLists: (env, role) =>
				env.hits.lists(index, role).map((flat) => env.once(flat, () => toSpans(flat))),
			spans(env, role) {
				const lists = this.spanLists(env, role);
				return lists.length === 0 ? [] : lists.length === 1 ? lists[0]! : ([] as Span[]).concat(...lists);
			},
		};
		const compile = COMPILERS[rule.kind] as (rule: Rule, c: CompileContext) => RuleMatcher;
		let match: RuleMatcher;
		try {
			match = compile(rule, c);
			if ('unless' in rule && rule.unless) match = quietUnless(match, rule.unless, c);
		} catch (error) {
			throw new Error(`${rule.id}: ${(error as Error).message}`, { cause: error });
		}
		const message = rule.message ?? clause.title;
		return {
			id: rule.id,
			clause: rule.clause,
			severity: rule.severity ?? clause.severity,
			message,
			when: rule.when,
			evasive,
			combination: rule.kind === 'combination',
			match,
		};
	});

	const hints = pack.model ? compileHintModel(pack.model, pack.clauses) : undefined;
	// A clause's `hintUnless` (affiliation's disclaimers) keeps the model quiet on it, as a rule's `unless` does
	// the rule: each list is indexed under a key past the rules'.
	const hintUnless = Object.entries(pack.clauses).flatMap(([clause, { hintUnless: list }], i) => {
		if (!hints || !list) return [];
		const key = pack.rules.length + i;
		terms.add(key, ROLE.unless, list, false);
		return [{ clause, key }];
	});
	// Only the rules whose examples the model learned: a rule added since fires until the model is retrained.
	const vetoable = new Set(pack.model?.vetoRules);
	terms.seal();
	const reach = () => terms.evasiveReach;
	// Combinations last (stable otherwise): they read what the other rules raised.
	rules.sort((a, b) => Number(a.combination) - Number(b.combination));
	// What each combination stood on: it stands only while the model's doubts leave those clauses raised.
	const combinations: Combinations = new Map(
		pack.rules.flatMap((rule) => (rule.kind === 'combination' ? [[rule.id, rule]] : [])),
	);

	return {
		check(draft, context) {
			const resolved = { ...context, images: context.images ?? 0 };
			const active = rules.filter((rule) => isWhenMet(rule.when, resolved));
			if (active.length === 0) return [];
			const views = createDraftViews(draft, reach);
			const hits = terms.collect(
				views,
				active.some((rule) => rule.evasive),
			);
			let sentences: SentenceIndex | undefined;
			const sentenceIndex = () => (sentences ??= createSentenceIndex(draft));
			const computed = new Map<unknown, unknown>();
			const raised = new Map<string, Span[]>();
			const env: RuleEnv = {
				views,
				hits,
				context: resolved,
				sentenceOf: (offset) => sentenceIndex().of(offset),
				sentenceBounds: (offset) => sentenceIndex().bounds(offset),
				wordOf: (offset) => upperBound(views.plain.starts, offset) - 1,
				once: <T>(key: unknown, compute: () => T): T => {
					if (!computed.has(key)) computed.set(key, compute());
					return computed.get(key) as T;
				},
				raised,
			};
			const findings: Finding[] = [];
			const combined = new Set<string>();
			for (const rule of active) {
				// A combination adds a clause nothing else raised, once.
				if (rule.combination && (raised.has(rule.clause) || combined.has(rule.clause))) continue;
				const spans = mergeSpans(rule.match(env));
				if (spans.length === 0) continue;
				if (rule.combination) combined.add(rule.clause);
				else {
					const known = raised.get(rule.clause);
					if (known) known.push(...spans);
					else raised.set(rule.clause, [...spans]);
				}
				for (const [start, end] of spans) {
					const message = rule.message.replaceAll('{match}', excerpt(draft, start, end));
					findings.push({ clause: rule.clause, rule: rule.id, severity: rule.severity, start, end, message });
				}
			}
			// The hint model speaks last: it drops findings of the rules it may overrule for clauses it doubts (drafts
			// that do not read like a breach of them), and hints at clauses no rule raised (a rule's finding says more):
			// at their thresholds; at the one the draft reads most like when nothing else raised anything and the breach
			// model says it breaches one; and, once the draft is flagged, at their lower thresholds.
			if (hints && draft.length <= hints.maxChars && resolved.surface !== 'email-field') {
				const { hints: found, alongside, breach, doubted } = hints.score(views.plain, resolved, draft.length);
				const kept =
					doubted.size === 0 ? findings : withoutDoubted(findings, doubted, vetoable, combinations);
				const hinted = new Set<string>();
				const quiet = new Set(
					hintUnless
						.filter(({ key }) => hits.lists(key, ROLE.unless).some((list) => list.length > 0))
						.map(({ clause }) => clause),
				);
				const hint = ({ clause, start, end }: Hint) => {
					if (raised.has(clause) || combined.has(clause) || hinted.has(clause) || quiet.has(clause)) return;
					hinted.add(clause);
					const title = pack.clauses[clause]!.title;
					kept.push({
						clause,
						rule: `${clause}/${HINT_RULE}`,
						severity: 'info',
						start,
						end,
						message: hints.message.replaceAll('{title}', title),
					});
				};
				found.forEach(hint);
				// The time a draft is written at says nothing of its words.
				const flagged = () => kept.some((f) => f.clause !== 'working-time');
				// Nothing raised, but it reads like a breach of some clause: the one it reads most like.
				if (breach && !flagged()) hint(breach);
				// A draft already worth a second look: the clauses it reads like, at their lower threshold.
				if (flagged()) alongside.forEach(hint);
				return kept.sort(compareFindings);
			}
			return findings.sort(compareFindings);
		},
	};
}

/** The pack's combination rules by id. */
type Combinations = ReadonlyMap<string, CombinationRule>;

/**
 * The findings the model's doubts leave: those of the rules it may overrule for the clauses it doubts go, and so
 * does a combination that stood on them ("media raised, so affiliation") when its clauses are no longer raised.
 */
function withoutDoubted(
	findings: Finding[],
	doubted: ReadonlySet<string>,
	vetoable: ReadonlySet<string>,
	combinations: Combinations,
): Finding[] {
	const kept = findings.filter((f) => !(doubted.has(f.clause) && vetoable.has(f.rule)));
	const left = new Set(kept.filter((f) => !combinations.has(f.rule)).map((f) => f.clause));
	return kept.filter((f) => {
		const combination = combinations.get(f.rule);
		return !combination || standsOn(combination, left);
	});
}

function excerpt(draft: string, start: number, end: number): string {
	const text = draft.slice(start, end);
	return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
