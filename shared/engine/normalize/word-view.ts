import type { Token } from './join-spaced-letters';
import { MappedTextBuilder, type MappedText } from './mapped-text';

/**
 * Words of a normalised text joined by single spaces, the form terms are matched in: "Piss-up!!" → "piss up".
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

/**
 * Lays tokens of `source` out as a WordView. `mayStart` says which tokens a match may start in (default:
 * all); the evasive view starts only in disguised words, the plain view sees the rest.
 * @example buildWordView(lower, tokenizeWords(lower.text))
 */
export function buildWordView(
	source: MappedText,
	tokens: Token[],
	mayStart: (token: Token) => boolean = () => true,
): WordView {
	let length = tokens.length > 0 ? tokens.length - 1 : 0;
	for (const token of tokens) length += token.letters?.length ?? token.to - token.from;
	const canStart = new Uint8Array(length + 1);
	const canEnd = new Uint8Array(length + 1);
	const runEnd = new Int32Array(length + 1).fill(-1);
	const wordStarts = new Int32Array(tokens.length);
	const wordEnds = new Int32Array(tokens.length);
	const words: string[] = [];
	const out = new MappedTextBuilder(source);
	let at = 0;
	tokens.forEach((token, index) => {
		if (index > 0) {
			out.push(' ', tokens[index - 1]!.to, token.from);
			at++;
		}
		const start = at;
		const starts = mayStart(token);
		if (starts) canStart[start] = 1;
		if (token.letters) {
			// Spaced-out letters: only the letters are laid out, and a match may start or end at any of them.
			for (const letter of token.letters) {
				if (starts) canStart[at] = 1;
				canEnd[at] = 1;
				out.copy(letter, letter + 1);
				at++;
			}
		} else {
			out.copy(token.from, token.to);
			at += token.to - token.from;
		}
		runEnd.fill(at, start, at);
		canEnd[at] = 1;
		wordStarts[index] = source.starts[token.from]!;
		wordEnds[index] = source.ends[token.to - 1]!;
		words.push(out.lastPieces(start, at));
	});
	const built = out.build();
	return { ...built, canStart, canEnd, runEnd, wordStarts, wordEnds, words };
}
