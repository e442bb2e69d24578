import { collapseRepeats } from './collapse-repeats';
import { joinSpacedLetters, type Token } from './join-spaced-letters';
import { identityText, type MappedText } from './mapped-text';
import { nfkc } from './nfkc';
import { removeZeroWidth } from './remove-zero-width';
import { resolveConfusables } from './resolve-confusables';
import { toLowerCase } from './to-lower-case';
import { splitWords, type DraftWords } from './draft-words';
import { tokenizeEvasive } from './tokenize';
import { buildWordView, type WordView } from './word-view';

/** The normalised views of one draft, each built at most once per check and shared by every rule. */
export interface DraftViews {
	readonly original: string;
	/** Invisible characters dropped, NFKC, look-alikes resolved; case kept (patterns, personal data). */
	readonly clean: MappedText;
	/** Lower-cased clean text. */
	readonly lower: MappedText;
	/** Words of `lower` (every term is matched here). */
	readonly plain: DraftWords;
	/**
	 * Words for `evasion: true` rules: leet symbols and stars kept, repeats capped, spaced letters joined.
	 * Holds only the disguised words and the words a term starting in one can reach (see `evasiveReach`).
	 */
	readonly evasive: WordView;
}

/**
 * True for a word that may hide a term from the plain view: spaced-out letters, digits or symbols among
 * letters (sh1t, f*ck), or characters dropped on the way (zero-width, repeats). Only these start a match
 * in the evasive view; undisguised words are the plain view's. By char codes: it runs for every word.
 */
function isDisguised(text: MappedText, token: Token): boolean {
	if (token.letters) return true;
	const { from, to } = token;
	let letters = false;
	let others = false;
	for (let i = from; i < to; i++) {
		const code = text.text.charCodeAt(i);
		if (code >= 97 && code <= 122) letters = true;
		else others = true;
	}
	return letters && (others || text.ends[to - 1]! - text.starts[from]! !== to - from);
}

/**
 * Normalises a draft lazily: a view is computed on first use, then cached.
 * Application order: zero-width → NFKC → confusables → lower case → (evasive) repeats → words.
 * `evasiveReach` is the most words an evasive term spans: the evasive view keeps that many words from each
 * disguised one and leaves the rest out (a match starts only in a disguised word). Default: keep them all.
 * Given as a function, it is asked only when the draft has a disguised word.
 * @example createDraftViews('F\u200Buck').plain.words → ['fuck']
 */
export function createDraftViews(
	original: string,
	evasiveReach: number | (() => number) = Infinity,
): DraftViews {
	let clean: MappedText | undefined;
	let lower: MappedText | undefined;
	let plain: DraftWords | undefined;
	let evasive: WordView | undefined;
	return {
		original,
		get clean() {
			return (clean ??= resolveConfusables(nfkc(removeZeroWidth(identityText(original)))));
		},
		get lower() {
			return (lower ??= toLowerCase(this.clean));
		},
		get plain() {
			return (plain ??= splitWords(this.lower));
		},
		get evasive() {
			if (evasive) return evasive;
			const capped = collapseRepeats(this.lower);
			const tokens = joinSpacedLetters(capped.text, tokenizeEvasive(capped.text));
			const disguised = new Uint8Array(tokens.length);
			for (let k = 0; k < tokens.length; k++) if (isDisguised(capped, tokens[k]!)) disguised[k] = 1;
			// Nothing disguised, nothing kept (no match could start): the reach is not needed.
			const reach = !disguised.includes(1)
				? 0
				: typeof evasiveReach === 'number'
					? evasiveReach
					: evasiveReach();
			if (reach >= tokens.length) return (evasive = buildWordView(capped, tokens, disguised));
			const kept = keepWithinReach(disguised, reach);
			return (evasive = buildWordView(
				capped,
				kept.tokens.map((k) => tokens[k]!),
				kept.mayStart,
				kept.breakBefore,
			));
		},
	};
}

/** Token indices within `reach` tokens of a disguised one (itself included), with where runs break. */
function keepWithinReach(disguised: Uint8Array, reach: number) {
	const tokens: number[] = [];
	let keepUntil = -1;
	for (let k = 0; k < disguised.length; k++) {
		if (disguised[k] === 1) keepUntil = Math.max(keepUntil, k + reach - 1);
		if (k <= keepUntil) tokens.push(k);
	}
	const mayStart = new Uint8Array(tokens.length);
	const breakBefore = new Uint8Array(tokens.length);
	tokens.forEach((token, at) => {
		mayStart[at] = disguised[token]!;
		if (at > 0 && tokens[at - 1] !== token - 1) breakBefore[at] = 1;
	});
	return { tokens, mayStart, breakBefore };
}
