import type { Rule } from '../../pack/schema';
import { ROLE } from '../terms/term-index';
import { dropExceptions } from './drop-exceptions';
import type { CompileContext, RuleMatcher } from './rule-matcher';

type RequirementRule = Extract<Rule, { kind: 'requirement' }>;

/**
 * Flags each trigger when the draft holds none of `unless` (affiliation shown without a disclaimer).
 * @example compileRequirement({ trigger: ['my school'], unless: ['views my own'], … }, c)
 */
export function compileRequirement(rule: RequirementRule, c: CompileContext): RuleMatcher {
	c.addTerms(ROLE.terms, rule.trigger);
	c.addTerms(ROLE.unless, rule.unless);
	if (rule.exceptions) c.addTerms(ROLE.exceptions, rule.exceptions);
	return (env) => {
		const found = c.spans(env, ROLE.terms);
		if (found.length === 0) return [];
		const triggers = dropExceptions(found, c.spans(env, ROLE.exceptions));
		if (triggers.length === 0 || c.spans(env, ROLE.unless).length > 0) return [];
		return triggers;
	};
}
