import { collapseRepeats } from './collapse-repeats';
import { joinSpacedLetters, type Token } from './join-spaced-letters';
import { identityText, type MappedText } from './mapped-text';
import { nfkc } from './nfkc';
import { removeZeroWidth } from './remove-zero-width';
import { resolveConfusables } from './resolve-confusables';
import { toLowerCase } from './to-lower-case';
import { tokenizeEvasive, tokenizeWords } from './tokenize';
import { buildWordView, type WordView } from './word-view';

/** The normalised views of one draft, each built at most once per check and shared by every rule. */
export interface DraftViews {
	readonly original: string;
	/** Invisible characters dropped, NFKC, look-alikes resolved; case kept (patterns, personal data). */
	readonly clean: MappedText;
	/** Lower-cased clean text. */
	readonly lower: MappedText;
	/** Words of `lower` (every term is matched here). */
	readonly plain: WordView;
	/** Words for `evasion: true` rules: leet symbols and stars kept, repeats capped, spaced letters joined. */
	readonly evasive: WordView;
}

const NOT_A_TO_Z = /[^a-z]/;
const A_TO_Z = /[a-z]/;

/**
 * True for a word that may hide a term from the plain view: spaced-out letters, digits or symbols among
 * letters (sh1t, f*ck), or characters dropped on the way (zero-width, repeats). Only these start a match
 * in the evasive view; undisguised words are the plain view's.
 */
function isDisguised(text: MappedText, token: Token): boolean {
	if (token.letters) return true;
	const word = text.text.slice(token.from, token.to);
	if (!A_TO_Z.test(word)) return false;
	return (
		text.ends[token.to - 1]! - text.starts[token.from]! !== token.to - token.from || NOT_A_TO_Z.test(word)
	);
}

/**
 * Normalises a draft lazily: a view is computed on first use, then cached.
 * Application order: zero-width → NFKC → confusables → lower case → (evasive) repeats → words.
 * @example createDraftViews('F\u200Buck').plain.text === 'fuck'
 */
export function createDraftViews(original: string): DraftViews {
	let clean: MappedText | undefined;
	let lower: MappedText | undefined;
	let plain: WordView | undefined;
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
			return (plain ??= buildWordView(this.lower, tokenizeWords(this.lower.text)));
		},
		get evasive() {
			if (evasive) return evasive;
			const capped = collapseRepeats(this.lower);
			const tokens = joinSpacedLetters(capped.text, tokenizeEvasive(capped.text));
			return (evasive = buildWordView(capped, tokens, (token) => isDisguised(capped, token)));
		},
	};
}
