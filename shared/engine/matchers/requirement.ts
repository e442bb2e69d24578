import type { Rule } from '../../pack/schema';
import { ROLE } from '../terms/term-index';
import { dropExceptions } from './drop-exceptions';
import type { CompileContext, RuleMatcher } from './rule-matcher';

type RequirementRule = Extract<Rule, { kind: 'requirement' }>;

/**
 * Flags each trigger (minus exceptions). Its `unless` — affiliation shown without a disclaimer — is applied
 * by the engine, as for every rule that has one (see quiet-unless.ts).
 * @example compileRequirement({ trigger: ['my school'], unless: ['views my own'], … }, c)
 */
export function compileRequirement(rule: RequirementRule, c: CompileContext): RuleMatcher {
	c.addTerms(ROLE.terms, rule.trigger);
	if (rule.exceptions) c.addTerms(ROLE.exceptions, rule.exceptions);
	return (env) => {
		const found = c.spans(env, ROLE.terms);
		if (found.length === 0) return [];
		return dropExceptions(found, c.spans(env, ROLE.exceptions));
	};
}
