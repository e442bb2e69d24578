import type { Detector as DetectorName, Rule } from '../../pack/schema';
import { expandTerms } from '../../pack/expand-terms';
import { detectDateOfBirth } from '../detectors/date-of-birth';
import type { Detection, Detector } from '../detectors/detection';
import { detectEmail } from '../detectors/email';
import { detectNiNumber, detectPostcode, detectUpn } from '../detectors/identifiers';
import { detectPhone } from '../detectors/phone';
import { detectSpelledEmail } from '../detectors/spelled-email';
import { ROLE } from '../terms/term-index';
import { dropExceptions } from './drop-exceptions';
import type { CompileContext, RuleMatcher } from './rule-matcher';

type PersonalDataRule = Extract<Rule, { kind: 'personal-data' }>;

const DETECTORS: Record<DetectorName, readonly Detector[]> = {
	email: [detectEmail, detectSpelledEmail],
	phone: [detectPhone],
	postcode: [detectPostcode],
	'date-of-birth': [detectDateOfBirth],
	upn: [detectUpn],
	'ni-number': [detectNiNumber],
};

/**
 * Flags the personal data the rule's `detect` names, minus addresses at `ignoreDomains` (and their
 * subdomains) and anything overlapping an exception.
 * @example compilePersonalData({ kind: 'personal-data', detect: ['phone', 'upn'], … }, c)
 */
export function compilePersonalData(rule: PersonalDataRule, c: CompileContext): RuleMatcher {
	const detectors = rule.detect.flatMap((name) => DETECTORS[name]);
	const ignored = expandTerms(rule.ignoreDomains ?? [], c.school.lexicons).map((domain) =>
		domain.replace(/^@/, '').toLowerCase(),
	);
	const isIgnored = (found: Detection) =>
		found.domain !== undefined && ignored.some((d) => found.domain === d || found.domain!.endsWith(`.${d}`));
	if (rule.exceptions) c.addTerms(ROLE.exceptions, rule.exceptions);
	return (env) => {
		const spans = detectors.flatMap((detect) =>
			// Several rules read the same detectors (consent and personal-data both look for phones).
			env
				.once(detect, () => detect(env))
				.filter((found) => !isIgnored(found))
				.map((found) => found.span),
		);
		return dropExceptions(spans, c.spans(env, ROLE.exceptions));
	};
}
