import type { Rule } from '../../pack/schema';
import { firstStartingAt, overlaps, type Span } from '../finding';
import { ROLE } from '../terms/term-index';
import { dropExceptions } from './drop-exceptions';
import type { CompileContext, RuleEnv, RuleMatcher } from './rule-matcher';

type ProximityRule = Extract<Rule, { kind: 'proximity' }>;

/**
 * Flags disparaging `terms` that share a sentence (or come within N words) with one of the `targets`.
 * The finding covers the disparaging words. Targets are sorted by start once per check; each term then
 * looks up the targets starting in its sentence (or word window) by binary search, so a long draft full of
 * both costs O((terms + targets) log n), not terms × targets, and a target costs nothing until a term is near.
 * @example compileProximity({ targets: ['@community'], terms: ['useless'], within: 'sentence', … }, c)
 */
export function compileProximity(rule: ProximityRule, c: CompileContext): RuleMatcher {
	c.addTerms(ROLE.targets, rule.targets);
	c.addTerms(ROLE.terms, rule.terms);
	if (rule.exceptions) c.addTerms(ROLE.exceptions, rule.exceptions);
	const within = rule.within;
	return (env) => {
		// Terms first: most drafts hold none of a rule's insults, and then nothing else is worth reading.
		const found = c.spans(env, ROLE.terms);
		if (found.length === 0) return [];
		const exceptions = c.spans(env, ROLE.exceptions);
		const terms = dropExceptions(found, exceptions);
		if (terms.length === 0) return [];
		// Each list of targets sorted once per check, whichever rules share it; filtering keeps them sorted.
		const targets = c
			.spanLists(env, ROLE.targets)
			.map((list) => dropExceptions(byStart(env, list), exceptions))
			.filter((list) => list.length > 0);
		if (targets.length === 0) return [];
		const { starts } = env.views.plain;
		return terms.filter((term) => {
			if (within === 'sentence') {
				const [from, to] = env.sentenceBounds(term[0]);
				return hasOther(targets, term, from, to);
			}
			// A target counts when its word (the last word starting at or before it) is within `within` words.
			const word = env.wordOf(term[0]);
			const first = word - within;
			const last = word + within;
			return hasOther(
				targets,
				term,
				first < 0 ? -Infinity : starts[first]!,
				last + 1 < starts.length ? starts[last + 1]! : Infinity,
			);
		});
	};
}

// A list of targets (@school-refs) is the same array for every rule that names it (see
// CompileContext.spanLists): sorted once per check, not once per rule. Most are in draft order already.
function byStart(env: RuleEnv, targets: Span[]): Span[] {
	return env.once(targets, () => {
		for (let k = 1; k < targets.length; k++)
			if (targets[k]![0] < targets[k - 1]![0]) return [...targets].sort((a, b) => a[0] - b[0]);
		return targets;
	});
}

// True when a target other than the term itself starts in [from, to). Stops at the first: O(log n) in practice.
function hasOther(lists: readonly (readonly Span[])[], term: Span, from: number, to: number): boolean {
	for (const sorted of lists)
		for (let k = firstStartingAt(sorted, from); k < sorted.length && sorted[k]![0] < to; k++)
			if (!overlaps(term, sorted[k]!)) return true;
	return false;
}
