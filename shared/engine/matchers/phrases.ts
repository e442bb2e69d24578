import type { Rule } from '../../pack/schema';
import { ROLE } from '../terms/term-index';
import { dropExceptions } from './drop-exceptions';
import type { CompileContext, RuleMatcher } from './rule-matcher';

type PhrasesRule = Extract<Rule, { kind: 'phrases' }>;

/** Flags each term found, minus exceptions. @example compilePhrases(rule, compileContext) */
export function compilePhrases(rule: PhrasesRule, c: CompileContext): RuleMatcher {
	c.addTerms(ROLE.terms, rule.terms);
	if (rule.exceptions) c.addTerms(ROLE.exceptions, rule.exceptions);
	return (env) => {
		const terms = c.spans(env, ROLE.terms);
		return terms.length === 0 ? terms : dropExceptions(terms, c.spans(env, ROLE.exceptions));
	};
}
