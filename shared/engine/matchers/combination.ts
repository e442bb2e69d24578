import type { Rule } from '../../pack/schema';
import { ROLE } from '../terms/term-index';
import { dropExceptions } from './drop-exceptions';
import type { CompileContext, RuleMatcher } from './rule-matcher';

/** A combination rule: it raises its clause when other clauses are raised. */
export type CombinationRule = Extract<Rule, { kind: 'combination' }>;

/**
 * Whether every clause of a combination's `all`, and one of its `any` if it has one, is among those raised.
 * @example standsOn({ all: ['offensive'], any: ['consent', 'affiliation'] }, new Set(['offensive', 'consent'])) === true
 */
export function standsOn(
	rule: Pick<CombinationRule, 'all' | 'any'>,
	raised: { has(clause: string): boolean },
): boolean {
	return (
		rule.all.every((clause) => raised.has(clause)) &&
		(!rule.any || rule.any.some((clause) => raised.has(clause)))
	);
}

/**
 * Raises the rule's clause when the draft raises every clause of `all` and, if given, one of `any` — what
 * the labelling guide says of clauses together ("an insult about an identifiable colleague, in public,
 * disparages the school community"). It reads the findings of the rules of other kinds (the engine runs it
 * after them, and not at all when its clause is raised already). The finding covers what raised the first
 * clause of `all`, minus exceptions; its `unless` (a disclaimer) is applied by the engine (quiet-unless.ts).
 * @example compileCombination({ kind: 'combination', clause: 'reputation', all: ['offensive'], any: ['consent'], … }, c)
 */
export function compileCombination(rule: CombinationRule, c: CompileContext): RuleMatcher {
	if (rule.exceptions) c.addTerms(ROLE.exceptions, rule.exceptions);
	return (env) => {
		const { raised } = env;
		if (!standsOn(rule, raised)) return [];
		return dropExceptions([...raised.get(rule.all[0]!)!], c.spans(env, ROLE.exceptions));
	};
}
