import safeRegex from 'safe-regex2';
import { boundQuantifiers } from '../engine/matchers/bound-quantifiers';

/** safe-regex2's default: a pattern with more quantifiers than this is refused. */
const QUANTIFIER_LIMIT = 25;
const QUANTIFIER_AFTER_GROUP = /^(?:[*+]|\{\d+,\d*\})/;

/**
 * Why a rule's pattern is unsafe or broken, or undefined when it is fine. Rejects what could backtrack
 * catastrophically: nested quantifiers (safe-regex2's star height), more than 25 quantifiers in all (its limit),
 * a repeated group holding alternatives (`(a|aa)+`), back-references (`\1`, `\k<name>`), and patterns that
 * match empty text. Unbounded quantifiers are then bounded by the engine (see boundQuantifiers), which keeps
 * matching linear.
 * @example validatePattern('(a+)+', '') === 'nested quantifiers can backtrack catastrophically'
 */
export function validatePattern(source: string, flags = ''): string | undefined {
	let regex: RegExp;
	try {
		regex = new RegExp(boundQuantifiers(source), flags);
	} catch (error) {
		return `not a valid regular expression: ${(error as Error).message}`;
	}
	if (/\\[1-9]|\\k</.test(stripClasses(source))) return 'back-references are not allowed';
	// safe-regex2 refuses nested quantifiers, and more than 25 of them in all: on a refusal, ask again without the
	// limit to say which.
	if (!safeRegex(source, { limit: QUANTIFIER_LIMIT }))
		return safeRegex(source, { limit: Infinity })
			? `more than ${QUANTIFIER_LIMIT} quantifiers (safe-regex2's limit): split the pattern into two rules`
			: 'nested quantifiers can backtrack catastrophically';
	if (hasRepeatedAlternation(source))
		return 'a repeated group with alternatives can backtrack catastrophically';
	if (regex.test('')) return 'the pattern matches empty text';
	return undefined;
}

function stripClasses(source: string): string {
	return source.replace(/\\.|\[(?:\\.|[^\]\\])*\]/g, (match) => (match.startsWith('\\') ? match : '[]'));
}

/** True when a group containing a top-level `|` is followed by *, + or {n,m}. */
function hasRepeatedAlternation(source: string): boolean {
	const text = stripClasses(source);
	const stack: { alternation: boolean }[] = [];
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (c === '\\') i++;
		else if (c === '(') stack.push({ alternation: false });
		else if (c === '|' && stack.length > 0) stack.at(-1)!.alternation = true;
		else if (c === ')') {
			const group = stack.pop();
			const quantified = QUANTIFIER_AFTER_GROUP.exec(text.slice(i + 1));
			const bounded = /^\{(\d+),(\d+)\}/.exec(quantified?.[0] ?? '');
			if (group?.alternation && quantified && !(bounded && bounded[2] === '1')) return true;
		}
	}
	return false;
}
