import type { Rule } from '../../pack/schema';
import { overlaps } from '../finding';
import { ROLE } from '../terms/term-index';
import { dropExceptions } from './drop-exceptions';
import type { CompileContext, RuleMatcher } from './rule-matcher';

type ProximityRule = Extract<Rule, { kind: 'proximity' }>;

/**
 * Flags disparaging `terms` that share a sentence (or come within N words) with one of the `targets`.
 * The finding covers the disparaging words.
 * @example compileProximity({ targets: ['@community'], terms: ['useless'], within: 'sentence', … }, c)
 */
export function compileProximity(rule: ProximityRule, c: CompileContext): RuleMatcher {
	c.addTerms(ROLE.targets, rule.targets);
	c.addTerms(ROLE.terms, rule.terms);
	if (rule.exceptions) c.addTerms(ROLE.exceptions, rule.exceptions);
	return (env) => {
		const exceptions = c.spans(env, ROLE.exceptions);
		const terms = dropExceptions(c.spans(env, ROLE.terms), exceptions);
		if (terms.length === 0) return [];
		const targets = dropExceptions(c.spans(env, ROLE.targets), exceptions);
		if (targets.length === 0) return [];
		const near =
			rule.within === 'sentence'
				? (a: number, b: number) => env.sentenceOf(a) === env.sentenceOf(b)
				: (a: number, b: number) => Math.abs(env.wordOf(a) - env.wordOf(b)) <= (rule.within as number);
		return terms.filter((term) =>
			targets.some((target) => !overlaps(term, target) && near(term[0], target[0])),
		);
	};
}
