import { scanClean, type Detector } from './detection';

// Each pattern is anchored on a word boundary and uses only bounded quantifiers: linear time.
const UPN = /\b[A-Za-z]\d{12}\b/g;
const NI_NUMBER =
	/\b[A-CEGHJ-PR-TW-Za-ceghj-pr-tw-z][A-CEGHJ-NPR-TW-Za-ceghj-npr-tw-z] ?\d{2} ?\d{2} ?\d{2} ?[A-Da-d]\b/g;
const POSTCODE = /\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?) ?\d[ABD-HJLNP-UW-Z]{2}\b/g;

/** Unique Pupil Numbers: a letter and 12 digits. @example detectUpn(env) on 'K302413100089' → one span */
export const detectUpn: Detector = (env) => scanClean(env, UPN).map((span) => ({ span }));

/** National Insurance numbers (QQ 12 34 56 C), spaced or not. @example detectNiNumber(env) */
export const detectNiNumber: Detector = (env) => scanClean(env, NI_NUMBER).map((span) => ({ span }));

/** UK postcodes in capitals (UB5 6AB, W1A 1AA). @example detectPostcode(env) on 'UB5 6AB' → one span */
export const detectPostcode: Detector = (env) => scanClean(env, POSTCODE).map((span) => ({ span }));
