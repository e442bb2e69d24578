import type { Rule } from '../../pack/schema';
import { ROLE } from '../terms/term-index';
import { isWorkingTime } from '../working-time';
import type { CompileContext, RuleMatcher } from './rule-matcher';

type ContextRule = Extract<Rule, { kind: 'context' }>;

/**
 * Flags the whole draft when the rule's `when` holds (checked by the engine) and, if given, it is working
 * time or an e-mail field holds one of the `emailField` terms. A blank draft gives a 0..0 finding.
 * @example compileContextRule({ kind: 'context', workingTime: true, … }, c)
 */
export function compileContextRule(rule: ContextRule, c: CompileContext): RuleMatcher {
	const emailTerms = Array.isArray(rule.emailField) ? rule.emailField : rule.emailField?.terms;
	if (emailTerms) c.addTerms(ROLE.terms, emailTerms);
	return (env) => {
		const hours = env.context.workingHours ?? c.school.workingHours;
		if (rule.workingTime && !isWorkingTime(env.context.time, hours)) return [];
		if (emailTerms && (env.context.surface !== 'email-field' || c.spans(env, ROLE.terms).length === 0))
			return [];
		return [wholeDraft(env.views.original)];
	};
}

/** The draft without its leading and trailing blank space (a finding is on words, never on blanks); 0..0 if blank. */
function wholeDraft(text: string): [number, number] {
	const start = text.search(/\S/);
	return start < 0 ? [0, 0] : [start, text.trimEnd().length];
}
