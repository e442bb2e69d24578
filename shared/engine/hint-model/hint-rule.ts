/** The rule slug of hint-model findings (`<clause>/hint`); no pack rule may use it. */
export const HINT_RULE = 'hint';

/**
 * True for a finding the hint model raised rather than a rule: the UI words those as "worded like", not
 * as a flagged phrase.
 * @example isHintRule('reputation/hint') → true
 */
export function isHintRule(rule: string): boolean {
	return rule.endsWith(`/${HINT_RULE}`);
}
