import { describe, expect, it } from 'vitest';

import { detectPhone, spelledPhoneSpans } from '../../../../shared/engine/detectors/phone';
import type { RuleEnv } from '../../../../shared/engine/matchers/rule-matcher';
import { createDraftViews } from '../../../../shared/engine/normalize/pipeline';

function phones(text: string): string[] {
	const env = { views: createDraftViews(text) } as unknown as RuleEnv;
	return detectPhone(env).map(({ span: [start, end] }) => text.slice(start, end));
}

function spelled(text: string): string[] {
	return spelledPhoneSpans(text.toLowerCase()).map(([start, end]) => text.slice(start, end));
}

describe('detectPhone()', () => {
	it('finds numbers in digits, however they are grouped', () => {
		expect(phones('ring 07700 900123')).toEqual(['07700 900123']);
		expect(phones('her mobile: 077 00 900 123 after six')).toEqual(['077 00 900 123']);
	});
	it('reads each whole run of digits and separators, wherever it is; a run over 80 characters is no number', () => {
		const prose = 'Lovely walk by the canal today. '.repeat(200);
		expect(phones(`${prose}ring (0161) 496-0000 or 07700 900123.${prose}`)).toEqual([
			'(0161) 496-0000',
			'07700 900123',
		]);
		// The spaces before a number are part of its run: a long one is skipped as a whole.
		expect(phones(`call${' '.repeat(75)}07700 900123`)).toEqual([]);
		expect(phones(`call${' '.repeat(60)}07700 900123`)).toEqual(['07700 900123']);
	});
	it('finds numbers spelled out in words', () => {
		expect(phones('her mobile is oh-seven-seven-double-oh, nine-one-four, five-six-two 🧁')).toEqual([
			'oh-seven-seven-double-oh, nine-one-four, five-six-two',
		]);
		expect(
			phones('Ring Sinead on oh seven eight one two, four four nine, six six one (her own mobile)'),
		).toEqual(['oh seven eight one two, four four nine, six six one']);
	});
});

describe('spelledPhoneSpans()', () => {
	it('reads double, triple, hundred and digits mixed with words', () => {
		expect(spelled('call oh-seven-seven-double-oh nine-hundred five-five-two tonight')).toEqual([
			'oh-seven-seven-double-oh nine-hundred five-five-two',
		]);
		expect(spelled('zero two zero, eight five six seven, one one double oh')).toEqual([
			'zero two zero, eight five six seven, one one double oh',
		]);
		expect(spelled('text oh 7700 900 123 please')).toEqual(['oh 7700 900 123']);
	});
	it('leaves counting, short runs and digit-only numbers alone', () => {
		expect(spelled('five six seven eight, and again from the top')).toEqual([]);
		expect(spelled('oh one two three, here we go')).toEqual([]);
		expect(spelled('one two three four five six seven eight nine ten')).toEqual([]);
		expect(spelled('ring 07700 900123')).toEqual([]);
	});
});
