import { ROLE, type Role, type TermIndex } from '../../../../shared/engine/terms/term-index';
import type { RulePack } from '../../../../shared/pack/schema';

/** The term lists of a rule, by field, and the role each plays. */
export const TERM_LISTS: Readonly<Record<string, Role>> = {
	terms: ROLE.terms,
	trigger: ROLE.terms,
	targets: ROLE.targets,
	exceptions: ROLE.exceptions,
	unless: ROLE.unless,
};

/** Adds every term list of every rule of the pack to `index`, as compilePack does, and seals it. */
export function addPackTerms(
	index: TermIndex,
	pack: RulePack,
	evasive: (rule: RulePack['rules'][number]) => boolean,
): TermIndex {
	pack.rules.forEach((rule, at) => {
		for (const [field, role] of Object.entries(TERM_LISTS)) {
			const list = (rule as Record<string, unknown>)[field];
			if (Array.isArray(list) && list.every((t) => typeof t === 'string'))
				index.add(at, role, list, evasive(rule));
		}
	});
	index.seal();
	return index;
}
