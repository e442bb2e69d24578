import { ROLE } from '../terms/term-index';
import type { CompileContext, RuleMatcher } from './rule-matcher';

/**
 * Wraps a matcher so that any of `unless` anywhere in the draft keeps it quiet: the `unless` of every rule
 * kind that has one (a requirement's disclaimers, a combination's, and the optional one of phrases, pattern,
 * personal-data and proximity rules).
 * @example quietUnless(compilePattern(rule, c), ["my son's school"], c)
 */
export function quietUnless(match: RuleMatcher, unless: readonly string[], c: CompileContext): RuleMatcher {
	c.addTerms(ROLE.unless, unless);
	return (env) => {
		const spans = match(env);
		return spans.length === 0 || c.spans(env, ROLE.unless).length === 0 ? spans : [];
	};
}
