import { describe, expect, it } from 'vitest';

import type { RulePack } from '../../../shared/pack/schema';
import {
	DEFAULT_DUTY_TO_REPORT,
	reportLabelOf,
	reportSettingsOf,
} from '../../../extension/report/report-contact';

function pack(
	contacts: Record<string, unknown> | undefined,
	reputation: Record<string, unknown> = {},
): RulePack {
	return {
		manifest: { id: 't', name: 'T', version: '1.0.0', policyVersion: '1', minExtensionVersion: '0.1.0' },
		school: { names: ['T School'], lexicons: {}, ...(contacts ? { contacts } : {}) },
		clauses: {
			reputation: {
				title: 'Disparaging the school',
				words: 'w',
				explanation: 'e',
				severity: 'strong',
				...reputation,
			},
		},
		rules: [],
	} as RulePack;
}

describe('reportSettingsOf', () => {
	it('takes the reporting contact, the clause title and the default duty words', () => {
		const settings = reportSettingsOf(
			pack({ reporting: { role: 'Headteacher', name: 'Ms Head', email: 'head@t.example' } }),
		);
		expect(settings.contact).toEqual({ role: 'Headteacher', name: 'Ms Head', email: 'head@t.example' });
		expect(settings.clause).toEqual({ id: 'reputation', title: 'Disparaging the school' });
		expect(settings.duty).toBe(DEFAULT_DUTY_TO_REPORT);
	});

	it('falls back to the headteacher contact, then to an empty recipient', () => {
		expect(reportSettingsOf(pack({ headteacher: { role: 'Head', email: 'h@t.example' } })).contact).toEqual({
			role: 'Head',
			name: '',
			email: 'h@t.example',
		});
		expect(reportSettingsOf(pack(undefined)).contact).toEqual({ role: 'Headteacher', name: '', email: '' });
		expect(reportSettingsOf(pack({ reporting: 'nonsense' })).contact.email).toBe('');
	});

	it("uses the clause's own report words when the pack has them", () => {
		expect(reportSettingsOf(pack({}, { report: 'Tell the Head.' })).duty).toBe('Tell the Head.');
	});

	it('labels the action after the contact role', () => {
		expect(reportLabelOf(pack({ reporting: { role: 'Headteacher' } }))).toBe('Report to the Headteacher');
		expect(reportLabelOf(pack({ reporting: { role: 'Principal' } }))).toBe('Report to the Principal');
	});

	it('matches the policy text exactly', async () => {
		const { readFile } = await import('node:fs/promises');
		const policy = await readFile('rules/policy.txt', 'utf8').catch(() => '');
		if (policy) expect(policy).toContain(DEFAULT_DUTY_TO_REPORT);
	});
});
