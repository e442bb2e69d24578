import type { Token } from './join-spaced-letters';
import type { MappedText } from './mapped-text';

/**
 * Words of a normalised text joined by single spaces (BREAK where words were left out), the form evasive terms
 * are matched in: "Piss-up!!" → "piss up".
 * `canStart[i]`/`canEnd[i]` say where a match may begin and end (word boundaries; every letter of a
 * spaced-out word), `runEnd[i]` is the end of the word holding position i (-1 in a gap).
 */
export interface WordView extends MappedText {
	readonly canStart: Uint8Array;
	readonly canEnd: Uint8Array;
	readonly runEnd: Int32Array;
	/** Original offset where each word begins, ascending (for "within N words"). */
	readonly wordStarts: Int32Array;
	/** Original offset where each word ends. */
	readonly wordEnds: Int32Array;
	/** The words themselves, as laid out in `text`. */
	readonly words: readonly string[];
}

/** Separates tokens that are not neighbours in the draft: no term has it, so no match runs across it. */
export const BREAK = '\n';

/**
 * Lays tokens of `source` out as a WordView. `mayStart[k]` says whether a match may start in token k
 * (default: all); `breakBefore[k]` puts BREAK instead of a space before token k, where tokens were left out.
 * @example buildWordView(capped, joinSpacedLetters(capped.text, tokenizeEvasive(capped.text)))
 */
export function buildWordView(
	source: MappedText,
	tokens: readonly Token[],
	mayStart?: Uint8Array,
	breakBefore?: Uint8Array,
): WordView {
	let length = tokens.length > 0 ? tokens.length - 1 : 0;
	for (const token of tokens) length += token.letters?.length ?? token.to - token.from;
	const canStart = new Uint8Array(length + 1);
	const canEnd = new Uint8Array(length + 1);
	const runEnd = new Int32Array(length + 1).fill(-1);
	const wordStarts = new Int32Array(tokens.length);
	const wordEnds = new Int32Array(tokens.length);
	// The length is known up front, so the mapping is written in place: no builder, no per-word copies
	// (this runs on every check and was the largest cost on long drafts).
	const starts = new Int32Array(length);
	const ends = new Int32Array(length);
	const words: string[] = new Array<string>(tokens.length);
	const pieces: string[] = new Array<string>(tokens.length);
	const { text, starts: from, ends: to } = source;
	let at = 0;
	for (let index = 0; index < tokens.length; index++) {
		const token = tokens[index]!;
		if (index > 0) {
			// The single space stands for the whole gap between the two words.
			starts[at] = from[tokens[index - 1]!.to]!;
			ends[at] = to[token.from - 1]!;
			at++;
		}
		const start = at;
		const mayStartHere = mayStart === undefined || mayStart[index] === 1;
		if (mayStartHere) canStart[start] = 1;
		if (token.letters) {
			// Spaced-out letters: only the letters are laid out, and a match may start or end at any of them.
			let word = '';
			for (const letter of token.letters) {
				if (mayStartHere) canStart[at] = 1;
				canEnd[at] = 1;
				starts[at] = from[letter]!;
				ends[at] = to[letter]!;
				word += text[letter]!;
				at++;
			}
			words[index] = word;
		} else {
			for (let k = token.from; k < token.to; k++, at++) {
				starts[at] = from[k]!;
				ends[at] = to[k]!;
			}
			words[index] = text.slice(token.from, token.to);
		}
		pieces[index] = index === 0 ? words[index]! : (breakBefore?.[index] === 1 ? BREAK : ' ') + words[index]!;
		runEnd.fill(at, start, at);
		canEnd[at] = 1;
		wordStarts[index] = from[token.from]!;
		wordEnds[index] = to[token.to - 1]!;
	}
	return { text: pieces.join(''), starts, ends, canStart, canEnd, runEnd, wordStarts, wordEnds, words };
}
