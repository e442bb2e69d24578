import { describe, expect, it } from 'vitest';

import { lineManagerMailto } from '../../../extension/ui/line-manager-mailto';

const clause = { id: 'offensive', title: 'Offensive language', words: 'Staff must not…', explanation: '' };

describe('lineManagerMailto()', () => {
	it('names the clause in the subject and leaves the draft out unless asked', () => {
		const url = decodeURIComponent(lineManagerMailto('head@school.uk', [clause]));
		expect(url).toMatch(
			/^mailto:head@school\.uk\?subject=Second Look: may I post this\? \(Offensive language — offensive\)/,
		);
		expect(url).not.toContain('My draft');
	});

	it('includes the draft exactly when the person ticks the box', () => {
		const url = decodeURIComponent(lineManagerMailto('head@school.uk', [clause], 'a & b\nc'));
		expect(url).toContain('My draft:\n\na & b\nc');
	});
});
