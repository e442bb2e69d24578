import { ROLE } from '../terms/term-index';
import type { CompileContext, RuleMatcher } from './rule-matcher';

/**
 * Wraps a matcher so that any of `unless` anywhere in the draft keeps it quiet: the optional `unless` of
 * phrases, pattern, personal-data and proximity rules (requirement and combination rules read their own).
 * @example quietUnless(compilePattern(rule, c), ["my son's school"], c)
 */
export function quietUnless(match: RuleMatcher, unless: readonly string[], c: CompileContext): RuleMatcher {
	c.addTerms(ROLE.unless, unless);
	return (env) => {
		const spans = match(env);
		return spans.length === 0 || c.spans(env, ROLE.unless).length === 0 ? spans : [];
	};
}
