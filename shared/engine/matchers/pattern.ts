import type { Rule } from '../../pack/schema';
import type { Span } from '../finding';
import { mapSpan } from '../normalize/mapped-text';
import { ROLE } from '../terms/term-index';
import { boundQuantifiers } from './bound-quantifiers';
import { dropExceptions } from './drop-exceptions';
import type { CompileContext, RuleMatcher } from './rule-matcher';

type PatternRule = Extract<Rule, { kind: 'pattern' }>;

/**
 * Flags every match of the rule's regular expression in the clean text (invisible characters dropped,
 * look-alikes resolved, case kept). Quantifiers are bounded so matching stays linear.
 * @example compilePattern({ kind: 'pattern', pattern: '\\b[A-Z]\\d{12}\\b', … }, c)
 */
export function compilePattern(rule: PatternRule, c: CompileContext): RuleMatcher {
	const regex = new RegExp(boundQuantifiers(rule.pattern), `g${rule.flags ?? ''}`);
	if (rule.exceptions) c.addTerms(ROLE.exceptions, rule.exceptions);
	return (env) => {
		const clean = env.views.clean;
		const spans: Span[] = [];
		regex.lastIndex = 0;
		for (let m = regex.exec(clean.text); m; m = regex.exec(clean.text)) {
			if (m[0].length === 0) {
				regex.lastIndex++;
				continue;
			}
			spans.push(mapSpan(clean, m.index, m.index + m[0].length));
		}
		return dropExceptions(spans, c.spans(env, ROLE.exceptions));
	};
}
