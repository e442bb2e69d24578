import { describe, expect, it } from 'vitest';

import {
	composeReportMailto,
	MAX_QUOTED_CHARS,
	quotedSelection,
	recipientOf,
	reportBody,
	webAddress,
	type ReportInput,
} from '../../../extension/report/compose-report-mailto';

const DUTY =
	'If a member of Staff sees content on social media that disparages or reflects poorly on the School including its Staff, pupils, parents, service providers, stakeholders or governors, they are required to report this in the first instance to the Headteacher without unreasonable delay.';

const base: ReportInput = {
	contact: { role: 'Headteacher', name: '', email: '' },
	clause: { id: 'reputation', title: 'Disparaging the school or its community' },
	duty: DUTY,
};

/** Splits a mailto into its recipient, subject and body, decoded. */
function parse(mailto: string) {
	const match = /^mailto:([^?]*)\?(.*)$/.exec(mailto);
	if (!match) throw new Error(`not a mailto: ${mailto}`);
	const params = new Map(
		match[2]!.split('&').map((pair) => {
			const [key, value = ''] = pair.split('=');
			return [key!, decodeURIComponent(value)] as const;
		}),
	);
	return { to: decodeURIComponent(match[1]!), subject: params.get('subject'), body: params.get('body') };
}

describe('composeReportMailto', () => {
	it('writes to the pack contact, names the clause, quotes the duty, the page and the selection', () => {
		const mailto = composeReportMailto({
			...base,
			contact: { role: 'Headteacher', name: 'Ms Head', email: 'head@school.example' },
			pageUrl: 'https://www.facebook.com/groups/parents/posts/1',
			selection: 'Mandeville is the worst school in Ealing',
		});
		const { to, subject, body } = parse(mailto);
		expect(to).toBe('head@school.example');
		expect(mailto.startsWith('mailto:head@school.example?subject=')).toBe(true);
		expect(subject).toBe(
			'Reporting content on social media: Disparaging the school or its community (reputation)',
		);
		expect(body).toContain('Dear Ms Head,');
		expect(body).toContain(`"${DUTY}"`);
		expect(body).toContain('Policy clause: Disparaging the school or its community (reputation)');
		expect(body).toContain('Page: https://www.facebook.com/groups/parents/posts/1');
		expect(body).toContain('> Mandeville is the worst school in Ealing');
		expect(body).not.toContain('Link:');
	});

	it('leaves the recipient empty when the pack has no e-mail, and greets the role', () => {
		const { to, body } = parse(composeReportMailto({ ...base, pageUrl: 'https://x.com/a/status/1' }));
		expect(to).toBe('');
		expect(body).toContain('Dear Headteacher,');
		expect(body).toContain('What it says: [describe the content here]');
	});

	it('uses CRLF line breaks and encodes every reserved character', () => {
		const mailto = composeReportMailto({ ...base, selection: 'a & b = c?\nline two #tag' });
		expect(mailto).toContain('%0D%0A');
		expect(mailto.split('?')).toHaveLength(2);
		expect(mailto.match(/&/g)).toHaveLength(1);
		const { body } = parse(mailto);
		expect(body).toContain('> a & b = c?\r\n> line two #tag');
	});

	it('adds the link when it differs from the page', () => {
		const { body } = parse(
			composeReportMailto({
				...base,
				pageUrl: 'https://www.instagram.com/',
				linkUrl: 'https://www.instagram.com/p/abc/',
			}),
		);
		expect(body).toContain('Page: https://www.instagram.com/');
		expect(body).toContain('Link: https://www.instagram.com/p/abc/');
	});

	it('never lets contact data add recipients or headers', () => {
		expect(recipientOf('head@school.example?cc=everyone@example.com')).toBe('');
		expect(recipientOf('a@b.example, c@d.example')).toBe('');
		expect(recipientOf('not an address')).toBe('');
		expect(recipientOf(' head@school.example ')).toBe('head@school.example');
		const { to } = parse(
			composeReportMailto({ ...base, contact: { ...base.contact, email: 'x@y.z&bcc=q@r.s' } }),
		);
		expect(to).toBe('');
	});

	it('keeps only web addresses, and cuts long ones and long selections', () => {
		expect(webAddress('javascript:alert(1)')).toBeUndefined();
		expect(webAddress('blob:https://x.com/1')).toBeUndefined();
		expect(webAddress('nonsense')).toBeUndefined();
		expect(webAddress(`https://x.com/${'a'.repeat(600)}`)!.length).toBe(501);
		expect(quotedSelection('   ')).toBeUndefined();
		expect(quotedSelection('x'.repeat(MAX_QUOTED_CHARS + 10))).toHaveLength(MAX_QUOTED_CHARS + 1);
		expect(reportBody({ ...base, pageUrl: 'data:text/html,hi' }).some((l) => l.startsWith('Page:'))).toBe(
			false,
		);
	});
});
