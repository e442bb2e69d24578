/** Who a report goes to: the pack's reporting contact. An empty `email` leaves the recipient for the person to fill in. */
export interface ReportContact {
	role: string;
	name: string;
	email: string;
}

/** What the person is reporting, as the page, the link or the selection gives it. Every field is optional. */
export interface ReportTarget {
	pageUrl?: string;
	linkUrl?: string;
	selection?: string;
}

export interface ReportInput extends ReportTarget {
	contact: ReportContact;
	/** The policy clause the report is about (the pack's `reputation`). */
	clause: { id: string; title: string };
	/** The policy's own words on the duty to report. */
	duty: string;
}

/** The longest selection quoted: mail programs cut or refuse long `mailto:` addresses; the person can paste more. */
export const MAX_QUOTED_CHARS = 1500;
/** The longest page or link address given. */
export const MAX_URL_CHARS = 500;

const PLAIN_EMAIL = /^[^\s@?&#,;:<>"'/\\%]+@[^\s@?&#,;:<>"'/\\%]+\.[^\s@?&#,;:<>"'/\\%]+$/;

/** The address if it is a plain e-mail address, else '' (nothing from pack data can add headers or recipients). */
export function recipientOf(email: string): string {
	const trimmed = email.trim();
	return PLAIN_EMAIL.test(trimmed) ? trimmed : '';
}

/** An http(s) address, cut to {@link MAX_URL_CHARS}; anything else (javascript:, data:, blob:, junk) is dropped. */
export function webAddress(url: string | undefined): string | undefined {
	if (!url) return undefined;
	try {
		const parsed = new URL(url);
		if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
		return parsed.href.length > MAX_URL_CHARS ? `${parsed.href.slice(0, MAX_URL_CHARS)}…` : parsed.href;
	} catch {
		return undefined;
	}
}

/** The selection with line endings made plain, trimmed, and cut to {@link MAX_QUOTED_CHARS}. */
export function quotedSelection(selection: string | undefined): string | undefined {
	const text = selection?.replace(/\r\n?/g, '\n').trim();
	if (!text) return undefined;
	return text.length > MAX_QUOTED_CHARS ? `${text.slice(0, MAX_QUOTED_CHARS)}…` : text;
}

/** The subject line: names the clause. */
export function reportSubject(clause: ReportInput['clause']): string {
	return `Reporting content on social media: ${clause.title} (${clause.id})`;
}

/** The body, as lines: the duty to report in the policy's words, the clause, where, and what, for the person to edit. */
export function reportBody({ contact, clause, duty, pageUrl, linkUrl, selection }: ReportInput): string[] {
	const page = webAddress(pageUrl);
	const link = webAddress(linkUrl);
	const quoted = quotedSelection(selection);
	const lines = [
		`Dear ${contact.name.trim() || contact.role.trim() || 'Headteacher'},`,
		'',
		'I am reporting content I have seen on social media, as our staff social media policy asks:',
		'',
		`"${duty.trim()}"`,
		'',
		`Policy clause: ${clause.title} (${clause.id})`,
	];
	if (page) lines.push(`Page: ${page}`);
	if (link && link !== page) lines.push(`Link: ${link}`);
	lines.push('');
	if (quoted) lines.push('What it says:', '', ...quoted.split('\n').map((line) => `> ${line}`));
	else lines.push('What it says: [describe the content here]');
	lines.push('', '[Anything else you want to add]', '', 'Thank you.');
	return lines;
}

/**
 * The `mailto:` that reports content to the pack's reporting contact. Nothing is sent: the person's own e-mail
 * program opens with this message for them to edit and send. Line breaks are CRLF, as RFC 6068 asks.
 *
 * @example composeReportMailto({ contact: { role: 'Headteacher', name: '', email: '' }, clause: { id: 'reputation',
 *   title: 'Disparaging the school' }, duty: 'report it', pageUrl: 'https://x.com/a/status/1', selection: 'worst school' })
 *   // 'mailto:?subject=Reporting%20content…&body=Dear%20Headteacher%2C…'
 */
export function composeReportMailto(input: ReportInput): string {
	const to = recipientOf(input.contact.email);
	const subject = encodeURIComponent(reportSubject(input.clause));
	const body = encodeURIComponent(reportBody(input).join('\r\n'));
	return `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?subject=${subject}&body=${body}`;
}
