import type { Rule } from '../../pack/schema';
import type { Span } from '../finding';
import { mapSpan, type MappedText } from '../normalize/mapped-text';
import { ROLE } from '../terms/term-index';
import { boundQuantifiers } from './bound-quantifiers';
import { dropExceptions } from './drop-exceptions';
import { meetsNeeds, requiredLiterals, testedNeeds, type Needs } from './required-literals';
import type { CompileContext, RuleEnv, RuleMatcher } from './rule-matcher';

type PatternRule = Extract<Rule, { kind: 'pattern' }>;

/**
 * Flags every match of the rule's regular expression in the clean text (invisible characters dropped,
 * look-alikes resolved, case kept). Quantifiers are bounded so matching stays linear; a draft without the
 * literal text every match needs (see required-literals.ts) is not scanned.
 * @example compilePattern({ kind: 'pattern', pattern: '\\b[A-Z]\\d{12}\\b', … }, c)
 */
export function compilePattern(rule: PatternRule, c: CompileContext): RuleMatcher {
	const regex = new RegExp(boundQuantifiers(rule.pattern), `g${rule.flags ?? ''}`);
	const key = `pattern ${regex.flags}/${regex.source}`;
	const caseless = regex.flags.includes('i');
	let needs: Needs | undefined; // read from the source on first use: some patterns never run
	if (rule.exceptions) c.addTerms(ROLE.exceptions, rule.exceptions);
	return (env) => {
		const needed = (needs ??= testedNeeds(requiredLiterals(rule.pattern, rule.flags ?? '')));
		// The same pattern may serve two clauses (an eye-roll at a protected characteristic is offensive and
		// discriminatory): it runs once per check, and not at all when the draft lacks a literal it needs.
		const spans = env.once(key, () =>
			meetsNeeds(caseless ? env.views.lower.text : env.views.clean.text, needed, literalsFound(env, caseless))
				? scan(regex, env.views.clean)
				: [],
		);
		return dropExceptions(spans, c.spans(env, ROLE.exceptions));
	};
}

// Patterns share literals (six need an "@"): each is looked for once per check and view. A literal missing
// from a long draft costs a scan of all of it.
const FOUND_IN_LOWER = Symbol('literals found in the lower-case view');
const FOUND_IN_CLEAN = Symbol('literals found in the clean view');
function literalsFound(env: RuleEnv, caseless: boolean): Map<string, boolean> {
	return env.once(caseless ? FOUND_IN_LOWER : FOUND_IN_CLEAN, () => new Map<string, boolean>());
}

function scan(regex: RegExp, clean: MappedText): Span[] {
	const spans: Span[] = [];
	regex.lastIndex = 0;
	for (let m = regex.exec(clean.text); m; m = regex.exec(clean.text)) {
		if (m[0].length === 0) {
			regex.lastIndex++;
			continue;
		}
		spans.push(mapSpan(clean, m.index, m.index + m[0].length));
	}
	return spans;
}
