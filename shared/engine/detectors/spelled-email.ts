import { mapSpan } from '../normalize/mapped-text';
import type { Detection, Detector } from './detection';

// Every spelled address has a spelled "dot" or a bracketed "at": most drafts are skipped at once.
const HINT = /\bdot\b|[[(<{]\s{0,2}at\s{0,2}[\])>}]/;
const AT_GAP = /^\s{0,3}[[(<{]?\s{0,2}$/;
const AFTER_AT_GAP = /^\s{0,2}[\])>}]?\s{0,3}$/;
const DOT_GAP = /^\s{0,3}[[(<{]?\s{0,2}$/;

/** An "at" standing alone as a word (runs of a-z and 0-9 are words, as in wordSpans). */
const AT_WORD = /(?<![a-z0-9])at(?![a-z0-9])/g;
/** What follows the "at" of every address (a label, then "." or "dot"): most "at"s are ruled out here. */
const AT_THEN_LABELS =
	/at\s{0,2}[\])>}]?\s{0,3}[a-z0-9]+(?:\.[a-z0-9]|\s{0,3}[[(<{]?\s{0,2}dot(?![a-z0-9]))/y;
/** Words an address reaches after its "at": six labels, each a word or "dot" and a word. */
const WORDS_AFTER = 13;
/** Words before the "at": the one before it, and six steps of ". x" or "dot x" back. */
const WORDS_BEFORE = 14;

/**
 * E-mail addresses spelled out to dodge filters: "jo dot bloggs at gmail dot com", "jo (at) gmail.com".
 * Needs a spelled "dot" or a bracketed "at", so "meet at school.org" style prose is left alone. Only the
 * words around each standalone "at" are read, so a long draft costs a regex scan, not a walk of every word.
 * @example detectSpelledEmail(env) on 'jo at gmail dot com' → [{ span: [0, 19], domain: 'gmail.com' }]
 */
export const detectSpelledEmail: Detector = (env) => {
	const lower = env.views.lower;
	const text = lower.text;
	if (!HINT.test(text)) return [];
	const found: Detection[] = [];
	AT_WORD.lastIndex = 0;
	for (let m = AT_WORD.exec(text); m; m = AT_WORD.exec(text)) {
		AT_THEN_LABELS.lastIndex = m.index;
		if (!AT_THEN_LABELS.test(text)) continue;
		const address = readAddress(text, m.index);
		if (!address) continue;
		found.push({ span: mapSpan(lower, address.start, address.end), domain: address.domain });
		// An "at" inside this address is part of it.
		AT_WORD.lastIndex = Math.max(AT_WORD.lastIndex, address.end);
	}
	return found;
};

/** The address around the standalone "at" at `atStart`, as [start, end) of the text and its domain, if any. */
function readAddress(
	text: string,
	atStart: number,
): { start: number; end: number; domain: string } | undefined {
	// Words are read as far as the address goes, not further: most candidates stop after a word or two.
	const before = new WordReader(text, atStart, -1, WORDS_BEFORE);
	const after = new WordReader(text, atStart, 1, 1 + WORDS_AFTER);
	const nearest = before.at(0);
	if (!nearest || !AT_GAP.test(text.slice(nearest[1], atStart))) return undefined;
	// Word 0 after is the "at"; a label needs a word after it, and the "at" two.
	if (!after.at(2)) return undefined;
	const word = (k: number) => text.slice(after.at(k)![0], after.at(k)![1]);
	const gap = (k: number) => text.slice(after.at(k)![1], after.at(k + 1)![0]);
	if (!AFTER_AT_GAP.test(gap(0))) return undefined;
	const bracketed = /[[(<{]/.test(text.slice(nearest[1], atStart));
	let spelled = false;
	const labels = [word(1)];
	let j = 1;
	while (after.at(j + 1) && labels.length < 6) {
		if (gap(j) === '.') {
			labels.push(word(j + 1));
			j += 1;
		} else if (
			after.at(j + 2) &&
			word(j + 1) === 'dot' &&
			DOT_GAP.test(gap(j)) &&
			/^[\s\])>}]{1,4}$/.test(gap(j + 1))
		) {
			labels.push(word(j + 2));
			spelled = true;
			j += 2;
		} else break;
	}
	if (labels.length < 2 || !(spelled || bracketed) || !/^[a-z]{2,}$/.test(labels.at(-1)!)) return undefined;
	// Back over the local part: "jo.bloggs", "jo_bloggs", "jo dot bloggs" (word 0 before is the one before "at").
	let from = 0;
	for (let step = 0; step < 6; step++) {
		const previous = before.at(from + 1);
		const gapBefore = previous && text.slice(previous[1], before.at(from)![0]);
		if (previous && (gapBefore === '.' || gapBefore === '_')) from++;
		else if (before.at(from + 2) && text.slice(previous![0], previous![1]) === 'dot') from += 2;
		else break;
	}
	return { start: before.at(from)![0], end: after.at(j)![1], domain: labels.join('.') };
}

/**
 * The words (runs of a-z and 0-9) from a point of the text, read on demand: forwards (words starting at or
 * after it, in order) or backwards (words ending at or before it, nearest first), at most `most` of them.
 */
class WordReader {
	private readonly words: [number, number][] = [];
	private next: number;

	constructor(
		private readonly text: string,
		from: number,
		private readonly direction: 1 | -1,
		private readonly most: number,
	) {
		this.next = from;
	}

	/** Word k as [start, end), or undefined past the text or the limit. */
	at(k: number): readonly [number, number] | undefined {
		while (this.words.length <= k && this.words.length < this.most && this.read());
		return this.words[k];
	}

	private read(): boolean {
		const { text } = this;
		let i = this.next;
		if (this.direction === 1) {
			while (i < text.length && !isWordCode(text.charCodeAt(i))) i++;
			if (i === text.length) return false;
			const start = i;
			while (i < text.length && isWordCode(text.charCodeAt(i))) i++;
			this.words.push([start, i]);
		} else {
			while (i > 0 && !isWordCode(text.charCodeAt(i - 1))) i--;
			if (i === 0) return false;
			const end = i;
			while (i > 0 && isWordCode(text.charCodeAt(i - 1))) i--;
			this.words.push([i, end]);
		}
		this.next = i;
		return true;
	}
}

function isWordCode(code: number): boolean {
	return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}
