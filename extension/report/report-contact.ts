import { packContact } from '../../shared/pack/pack-contact';
import type { RulePack } from '../../shared/pack/schema';
import type { ReportContact, ReportInput } from './compose-report-mailto';

/** The clause a report is about: content that disparages or reflects poorly on the School. */
export const REPORT_CLAUSE = 'reputation';

/**
 * The duty to report, in the Mandeville policy's words ("Protecting our business reputation"), used while the
 * pack's `reputation` clause carries no `report` words of its own (rules/FORMAT-REQUESTS.md asks for them).
 */
export const DEFAULT_DUTY_TO_REPORT =
	'If a member of Staff sees content on social media that disparages or reflects poorly on the School including its Staff, pupils, parents, service providers, stakeholders or governors, they are required to report this in the first instance to the Headteacher without unreasonable delay.';

/**
 * Everything a report takes from the pack: the reporting contact (`contacts.reporting`, else
 * `contacts.headteacher`; with no e-mail the person fills in the recipient), the clause, and the duty's words.
 */
export function reportSettingsOf(pack: RulePack): Omit<ReportInput, 'pageUrl' | 'linkUrl' | 'selection'> {
	const {
		name = '',
		role = 'Headteacher',
		email = '',
	} = packContact(pack, 'reporting') ?? packContact(pack, 'headteacher') ?? {};
	const contact: ReportContact = { name, role, email };
	const clause = pack.clauses[REPORT_CLAUSE];
	const report = (clause as Record<string, unknown> | undefined)?.['report'];
	return {
		contact,
		clause: { id: REPORT_CLAUSE, title: clause?.title ?? 'Disparaging the school or its community' },
		duty: typeof report === 'string' && report.trim() !== '' ? report : DEFAULT_DUTY_TO_REPORT,
	};
}

/** The menu and button label: "Report to the Headteacher", after the pack's reporting contact. */
export function reportLabelOf(pack: RulePack): string {
	return `Report to the ${reportSettingsOf(pack).contact.role.trim() || 'Headteacher'}`;
}
