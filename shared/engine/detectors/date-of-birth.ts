import { scanClean, type Detector } from './detection';

const MONTH =
	'(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
// 14/02/2013, 14.02.13, 3rd March 1975, 3 March, March 3rd, 1975 — bounded, linear.
const DATE = new RegExp(
	`\\b(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})|${DAY} (?:of )?${MONTH}\\.?(?:,? \\d{4})?|${MONTH}\\.? ${DAY}(?:,? \\d{4})?)\\b`,
	'gi',
);
const STRONG_CUE = /\b(?:dob|d\.o\.b|date of birth|birth date|birthdate)\b/gi;
// "born 3rd March" or "birthday 3 March" without a year is a birthday, not a date of birth of consequence.
const WEAK_CUE = /\b(?:born|birthday|b'?day)\b/gi;
const HAS_YEAR = /\d{4}|[/.-]\d{2}$/;

/**
 * Dates of birth: a date in the same sentence as "DOB" or "date of birth"; with only "born" or "birthday"
 * nearby, the date must have a year ("born 3rd March", a birthday without a year, is not a date of birth).
 * @example detectDateOfBirth(env) on 'DOB 14/02/2013' → one span
 */
export const detectDateOfBirth: Detector = (env) => {
	const dates = scanClean(env, DATE);
	if (dates.length === 0) return [];
	const strong = new Set(scanClean(env, STRONG_CUE).map(([start]) => env.sentenceOf(start)));
	const weak = new Set(scanClean(env, WEAK_CUE).map(([start]) => env.sentenceOf(start)));
	return dates
		.filter(([start, end]) => {
			const sentence = env.sentenceOf(start);
			return (
				strong.has(sentence) || (weak.has(sentence) && HAS_YEAR.test(env.views.original.slice(start, end)))
			);
		})
		.map((span) => ({ span }));
};
