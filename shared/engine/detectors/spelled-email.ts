import { mapSpan } from '../normalize/mapped-text';
import type { Detection, Detector } from './detection';

// Every spelled address has a spelled "dot" or a bracketed "at": most drafts are skipped at once.
const HINT = /\bdot\b|[[(<{]\s{0,2}at\s{0,2}[\])>}]/;
const AT_GAP = /^\s{0,3}[[(<{]?\s{0,2}$/;
const AFTER_AT_GAP = /^\s{0,2}[\])>}]?\s{0,3}$/;
const DOT_GAP = /^\s{0,3}[[(<{]?\s{0,2}$/;

/**
 * E-mail addresses spelled out to dodge filters: "jo dot bloggs at gmail dot com", "jo (at) gmail.com".
 * Needs a spelled "dot" or a bracketed "at", so "meet at school.org" style prose is left alone.
 * @example detectSpelledEmail(env) on 'jo at gmail dot com' → [{ span: [0, 19], domain: 'gmail.com' }]
 */
export const detectSpelledEmail: Detector = (env) => {
	const lower = env.views.lower;
	const text = lower.text;
	if (!HINT.test(text)) return [];
	const { starts, ends } = wordSpans(text);
	const count = starts.length;
	const word = (i: number) => text.slice(starts[i], ends[i]);
	const gap = (i: number) => text.slice(ends[i], starts[i + 1]);
	const found: Detection[] = [];
	for (let i = 1; i + 2 < count; i++) {
		if (!isAt(text, starts[i]!, ends[i]!) || !AT_GAP.test(gap(i - 1)) || !AFTER_AT_GAP.test(gap(i))) continue;
		const bracketed = /[[(<{]/.test(gap(i - 1));
		let spelled = false;
		const labels = [word(i + 1)];
		let j = i + 1;
		while (j + 1 < count && labels.length < 6) {
			if (gap(j) === '.') {
				labels.push(word(j + 1));
				j += 1;
			} else if (
				j + 2 < count &&
				word(j + 1) === 'dot' &&
				DOT_GAP.test(gap(j)) &&
				/^[\s\])>}]{1,4}$/.test(gap(j + 1))
			) {
				labels.push(word(j + 2));
				spelled = true;
				j += 2;
			} else break;
		}
		if (labels.length < 2 || !(spelled || bracketed) || !/^[a-z]{2,}$/.test(labels.at(-1)!)) continue;
		let from = i - 1;
		for (let step = 0; step < 6; step++) {
			if (from >= 1 && (gap(from - 1) === '.' || gap(from - 1) === '_')) from--;
			else if (from >= 2 && word(from - 1) === 'dot') from -= 2;
			else break;
		}
		found.push({ span: mapSpan(lower, starts[from]!, ends[j]!), domain: labels.join('.') });
		i = j;
	}
	return found;
};

/** Runs of a-z and 0-9 as two flat lists, by char codes: nothing allocated per word (this reads the whole draft). */
function wordSpans(text: string): { starts: number[]; ends: number[] } {
	const starts: number[] = [];
	const ends: number[] = [];
	let from = -1;
	for (let i = 0; i <= text.length; i++) {
		const code = i < text.length ? text.charCodeAt(i) : 0;
		const inWord = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
		if (inWord && from < 0) from = i;
		else if (!inWord && from >= 0) {
			starts.push(from);
			ends.push(i);
			from = -1;
		}
	}
	return { starts, ends };
}

// "at" by char codes: this runs at every word of the draft, and a slice per word was most of the cost.
function isAt(text: string, from: number, to: number): boolean {
	return to - from === 2 && text.charCodeAt(from) === 97 && text.charCodeAt(from + 1) === 116;
}
