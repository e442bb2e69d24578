import type { Rule } from '../../pack/schema';
import { overlaps, type Span } from '../finding';
import { upperBound } from '../sentences';
import { ROLE } from '../terms/term-index';
import { dropExceptions } from './drop-exceptions';
import type { CompileContext, RuleEnv, RuleMatcher } from './rule-matcher';

type ProximityRule = Extract<Rule, { kind: 'proximity' }>;

/**
 * Flags disparaging `terms` that share a sentence (or come within N words) with one of the `targets`.
 * The finding covers the disparaging words. Targets are grouped by sentence (or sorted by word number)
 * first, so a long draft full of both costs O((terms + targets) log n), not terms × targets.
 * @example compileProximity({ targets: ['@community'], terms: ['useless'], within: 'sentence', … }, c)
 */
export function compileProximity(rule: ProximityRule, c: CompileContext): RuleMatcher {
	c.addTerms(ROLE.targets, rule.targets);
	c.addTerms(ROLE.terms, rule.terms);
	if (rule.exceptions) c.addTerms(ROLE.exceptions, rule.exceptions);
	return (env) => {
		// Terms first: most drafts hold none of a rule's insults, and then nothing else is worth reading.
		const found = c.spans(env, ROLE.terms);
		if (found.length === 0) return [];
		const exceptions = c.spans(env, ROLE.exceptions);
		const terms = dropExceptions(found, exceptions);
		if (terms.length === 0) return [];
		const targets = dropExceptions(c.spans(env, ROLE.targets), exceptions);
		if (targets.length === 0) return [];
		return rule.within === 'sentence'
			? inSameSentence(env, terms, targets)
			: withinWords(env, terms, targets, rule.within);
	};
}

// Rules naming the same targets (@school-refs) get the same array of them (see CompileContext.spans), so
// the targets are placed by sentence or by word once per check, not once per rule.
interface PlacedTargets {
	bySentence?: Map<number, Span[]>;
	byWord?: { placed: { word: number; target: Span }[]; words: number[] };
}

function placedTargets(env: RuleEnv, targets: readonly Span[]): PlacedTargets {
	return env.once(targets, (): PlacedTargets => ({}));
}

function inSameSentence(env: RuleEnv, terms: Span[], targets: Span[]): Span[] {
	const cached = placedTargets(env, targets);
	if (!cached.bySentence) {
		cached.bySentence = new Map();
		for (const target of targets) {
			const sentence = env.sentenceOf(target[0]);
			const list = cached.bySentence.get(sentence);
			if (list) list.push(target);
			else cached.bySentence.set(sentence, [target]);
		}
	}
	const { bySentence } = cached;
	return terms.filter((term) => hasOther(bySentence.get(env.sentenceOf(term[0])), term));
}

function withinWords(env: RuleEnv, terms: Span[], targets: Span[], within: number): Span[] {
	const cached = placedTargets(env, targets);
	if (!cached.byWord) {
		const sorted = targets
			.map((target) => ({ word: env.wordOf(target[0]), target }))
			.sort((a, b) => a.word - b.word);
		cached.byWord = { placed: sorted, words: sorted.map((p) => p.word) };
	}
	const { placed, words } = cached.byWord;
	return terms.filter((term) => {
		const word = env.wordOf(term[0]);
		const from = upperBound(words, word - within - 1);
		for (let k = from; k < placed.length && placed[k]!.word <= word + within; k++)
			if (!overlaps(term, placed[k]!.target)) return true;
		return false;
	});
}

// A target that is the term itself does not count. Stops at the first other target: O(1) in practice.
function hasOther(targets: readonly Span[] | undefined, term: Span): boolean {
	return targets !== undefined && targets.some((target) => !overlaps(term, target));
}
