import { describe, expect, it } from 'vitest';

import { detectDateOfBirth } from '../../../../shared/engine/detectors/date-of-birth';
import type { RuleEnv } from '../../../../shared/engine/matchers/rule-matcher';
import { createDraftViews } from '../../../../shared/engine/normalize/pipeline';
import { createSentenceIndex } from '../../../../shared/engine/sentences';

function dates(text: string): string[] {
	const env = {
		views: createDraftViews(text),
		sentenceOf: createSentenceIndex(text).of,
	} as unknown as RuleEnv;
	return detectDateOfBirth(env).map(({ span: [start, end] }) => text.slice(start, end));
}

describe('detectDateOfBirth()', () => {
	it('finds a date with a year near "born" or "birthday"', () => {
		expect(dates('Happy 50th to Gareth, born 3rd March 1975 and still 12 at heart')).toEqual([
			'3rd March 1975',
		]);
		expect(dates('Our dinner lady Maureen, born 14.02.1965, is the fastest server')).toEqual(['14.02.1965']);
		expect(dates('Happy birthday Sam, 12/08/2014 was the best day')).toEqual(['12/08/2014']);
	});
	it('finds any date labelled as a date of birth', () => {
		expect(dates('DOB 14/02/2013, UPN on file')).toEqual(['14/02/2013']);
		expect(dates('Date of birth: 3rd March')).toEqual(['3rd March']);
	});
	it('leaves a birthday without a year alone, "born" or not', () => {
		expect(dates('My little one turned 5 today, born 3rd March and the best day of my life')).toEqual([]);
		expect(dates('Happy birthday to my wife, born on 12th August')).toEqual([]);
		expect(dates('Birthday drinks on 3 March, all welcome')).toEqual([]);
	});
});

describe('detectDateOfBirth() with ordinal words and ages', () => {
	it('reads days written as ordinal words', () => {
		expect(dates('Dev turns 37 on Tuesday, born the eleventh of November 1988')).toEqual([
			'eleventh of November 1988',
		]);
		expect(dates('Our caretaker was born on the twenty-first of June 1961')).toEqual([
			'twenty-first of June 1961',
		]);
	});
	it('takes an age beside a date with a birth year as a date of birth', () => {
		expect(dates('Happy 40th Jo 🎂 3/4/1985 was a good day for the world')).toEqual(['3/4/1985']);
		expect(dates('New starter in 7K, aged 11, 14.02.2013 on the form')).toEqual(['14.02.2013']);
	});
	it('leaves an age beside a date that is no birth year alone', () => {
		expect(dates('The school turns 50 on 12 May 2026, party on the field')).toEqual([]);
		expect(dates('Our nursery turned 10 on the second of March')).toEqual([]);
	});
});
