import type { MappedText } from './mapped-text';
import { isWordCode } from './tokenize';

/** The words of a normalised draft with their spans in the original: what the plain word trie walks. */
export interface DraftWords {
	/** Runs of letters and digits, lower case: "Piss-up!!" → ["piss", "up"]. */
	readonly words: readonly string[];
	/** Original offset where each word begins, ascending (for "within N words"). */
	readonly starts: readonly number[];
	/** Original offset where each word ends. */
	readonly ends: readonly number[];
}

/**
 * Splits a normalised text into words in one pass, mapping each back to the original draft. No per-word
 * objects and no character maps: on long drafts this view is built on every check.
 * @example splitWords(identityText('a-b')).words → ['a', 'b']
 */
export function splitWords(source: MappedText): DraftWords {
	const { text, starts: from, ends: to } = source;
	const words: string[] = [];
	const starts: number[] = [];
	const ends: number[] = [];
	let begin = -1;
	for (let i = 0; i <= text.length; i++) {
		const word = i < text.length && isWordCode(text.charCodeAt(i), text, i);
		if (word) {
			if (begin < 0) begin = i;
		} else if (begin >= 0) {
			words.push(text.slice(begin, i));
			starts.push(from[begin]!);
			ends.push(to[i - 1]!);
			begin = -1;
		}
	}
	return { words, starts, ends };
}
