import { HINT_RULE, isHintRule } from '../engine/hint-model/hint-rule';
import { parseTerm } from '../engine/terms/parse-term';
import { expandTerms } from './expand-terms';
import type { PackIssue } from './pack-issue';
import type { ParsedFile } from './parse-yaml-file';
import type { Clause, Rule } from './schema';
import { validatePattern } from './validate-pattern';

/** The term lists of a rule, by field name (for locating errors). */
export function termListsOf(rule: Rule): [field: string, terms: readonly string[]][] {
	const lists: [string, readonly string[] | undefined][] = [
		['exceptions', rule.exceptions],
		['terms', 'terms' in rule ? rule.terms : undefined],
		['targets', rule.kind === 'proximity' ? rule.targets : undefined],
		['trigger', rule.kind === 'requirement' ? rule.trigger : undefined],
		['unless', 'unless' in rule ? rule.unless : undefined],
		['emailField', rule.kind === 'context' && Array.isArray(rule.emailField) ? rule.emailField : undefined],
		['ignoreDomains', rule.kind === 'personal-data' ? rule.ignoreDomains : undefined],
	];
	if (rule.kind === 'context' && rule.emailField && !Array.isArray(rule.emailField))
		lists.push(['emailField.terms', rule.emailField.terms]);
	return lists.filter((entry): entry is [string, readonly string[]] => entry[1] !== undefined);
}

/**
 * Cross-checks one validated rule against its path, the clauses and the lexicons: id = path, known clauses
 * (its own, and those a combination needs), every term expands and parses, the pattern is safe, and there
 * are flag and allow examples.
 * @example checkRule(file, rule, clauses, lexicons) → []
 */
export function checkRule(
	file: ParsedFile<Rule>,
	rule: Rule,
	path: string,
	clauses: Readonly<Record<string, Clause>>,
	lexicons: Readonly<Record<string, readonly string[]>>,
): PackIssue[] {
	const issues: PackIssue[] = [];
	const expectedId = path.replace(/\.ya?ml$/, '');
	if (rule.id !== expectedId)
		issues.push(file.issueAt(['id'], 'E_ID_PATH', `id "${rule.id}" must be its path "${expectedId}"`));
	if (isHintRule(rule.id))
		issues.push(
			file.issueAt(['id'], 'E_ID_PATH', `"${HINT_RULE}" is the hint model's: name the rule otherwise`),
		);
	if (!clauses[rule.clause])
		issues.push(file.issueAt(['clause'], 'E_UNKNOWN_CLAUSE', `no clause "${rule.clause}" in clauses.yaml`));
	else if (rule.id.split('/')[0] !== rule.clause)
		issues.push(
			file.issueAt(['clause'], 'E_ID_PATH', `a rule of clause "${rule.clause}" lives in ${rule.clause}/`),
		);
	if (rule.kind === 'combination')
		for (const field of ['all', 'any'] as const)
			rule[field]?.forEach((clause, index) => {
				if (!clauses[clause])
					issues.push(
						file.issueAt([field, index], 'E_UNKNOWN_CLAUSE', `no clause "${clause}" in clauses.yaml`),
					);
				else if (clause === rule.clause)
					issues.push(file.issueAt([field, index], 'E_SCHEMA', `a combination cannot need its own clause`));
			});
	for (const [field, terms] of termListsOf(rule))
		issues.push(...checkTerms(file, field.split('.'), terms, lexicons, field !== 'ignoreDomains'));
	if (rule.kind === 'pattern') {
		const problem = validatePattern(rule.pattern, rule.flags);
		if (problem) issues.push(file.issueAt(['pattern'], 'E_UNSAFE_PATTERN', problem));
	}
	if (rule.examples.flag.length === 0)
		issues.push(file.issueAt(['examples'], 'E_NO_EXAMPLES', 'add at least one examples.flag'));
	if (rule.examples.allow.length === 0)
		issues.push(file.issueAt(['examples'], 'E_NO_EXAMPLES', 'add at least one examples.allow'));
	return issues;
}

/**
 * Checks a term list at `path` in `file`: every term expands (its lexicons exist) and, when `parse`, parses.
 * @example checkTerms(file, ['affiliation', 'hintUnless'], ['@disclaimers'], lexicons) → []
 */
export function checkTerms(
	file: ParsedFile<unknown>,
	path: readonly PropertyKey[],
	terms: readonly string[],
	lexicons: Readonly<Record<string, readonly string[]>>,
	parse = true,
): PackIssue[] {
	const issues: PackIssue[] = [];
	terms.forEach((term, index) => {
		try {
			for (const expanded of expandTerms([term], lexicons)) if (parse) parseTerm(expanded);
		} catch (error) {
			const message = (error as Error).message;
			const code = message.startsWith('unknown lexicon') ? 'E_UNKNOWN_LEXICON' : 'E_BAD_TERM';
			issues.push(file.issueAt([...path, index], code, message));
		}
	});
	return issues;
}
