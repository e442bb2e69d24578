import type { School } from './schema';

/**
 * The lexicons rules may reference: school.yaml's `lexicons`, plus `school-names` (from `names`) and
 * `school-domain` (from `emailDomain`) unless school.yaml defines them itself.
 * @example packLexicons({ names: ['Hillside'], lexicons: {} })['school-names'] → ['Hillside']
 */
export function packLexicons(
	school: Pick<School, 'names' | 'emailDomain' | 'lexicons'>,
): Record<string, string[]> {
	return {
		'school-names': school.names,
		...(school.emailDomain ? { 'school-domain': [school.emailDomain] } : {}),
		...school.lexicons,
	};
}
