import { scanClean, type Detector } from './detection';

const MONTH =
	'(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
// Days written as ordinal words: "the eleventh of November 1988", "twenty-first of June".
const UNIT = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth';
const DAY_WORD = `(?:(?:twenty|thirty)[- ]?(?:${UNIT})|${UNIT}|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)`;
// 14/02/2013, 14.02.13, 3rd March 1975, 3 March, March 3rd, 1975 — bounded, linear.
const DATE = new RegExp(
	`\\b(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})|(?:${DAY}|${DAY_WORD}) (?:of )?${MONTH}\\.?(?:,? \\d{4})?|${MONTH}\\.? ${DAY}(?:,? \\d{4})?)\\b`,
	'gi',
);
const STRONG_CUE = /\b(?:dob|d\.o\.b|date of birth|birth date|birthdate)\b/gi;
// "born 3rd March" or "birthday 3 March" without a year is a birthday, not a date of birth of consequence.
const WEAK_CUE = /\b(?:born|birthday|b'?day)\b/gi;
const HAS_YEAR = /\d{4}|[/.-]\d{2}$/;
// An age beside a date whose year is a birth year (1900–2019) makes it one: "turns 40 — 3/4/1985", "aged 12
// (14.02.2013)", "🎂 21/07/1988". Not "the school turns 50 on 12 May 2026".
const AGE_CUE = /\b(?:turns|turned|turning|aged)\b|\b(?:years?|yrs?) old\b|🎂/gi;
const BIRTH_YEAR = /\b(?:19\d\d|20[01]\d)$/;

/**
 * Dates of birth: a date in the same sentence as "DOB" or "date of birth"; with only "born" or "birthday"
 * nearby, the date must have a year ("born 3rd March", a birthday without a year, is not a date of birth);
 * with only an age ("turns 37", "aged 12", 🎂) the year must be a birth year (1900–2019). Days may be
 * ordinal words ("the eleventh of November 1988").
 * @example detectDateOfBirth(env) on 'DOB 14/02/2013' → one span
 */
export const detectDateOfBirth: Detector = (env) => {
	const dates = scanClean(env, DATE);
	if (dates.length === 0) return [];
	const strong = new Set(scanClean(env, STRONG_CUE).map(([start]) => env.sentenceOf(start)));
	const weak = new Set(scanClean(env, WEAK_CUE).map(([start]) => env.sentenceOf(start)));
	const age = new Set(scanClean(env, AGE_CUE).map(([start]) => env.sentenceOf(start)));
	return dates
		.filter(([start, end]) => {
			const sentence = env.sentenceOf(start);
			const date = env.views.original.slice(start, end);
			return (
				strong.has(sentence) ||
				(weak.has(sentence) && HAS_YEAR.test(date)) ||
				(age.has(sentence) && BIRTH_YEAR.test(date))
			);
		})
		.map((span) => ({ span }));
};
