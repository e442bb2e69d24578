import { mapCodePoints } from './map-code-points';
import type { MappedText } from './mapped-text';

// Invisible format characters: zero-width space/joiners, bidi marks, word joiner, soft hyphen, variation
// selectors, Hangul fillers, BOM and tag characters. They are never content, so every view drops them.
const INVISIBLE = new RegExp(
	// eslint-disable-next-line no-misleading-character-class -- lone invisible code points, on purpose
	`[${[
		'\\u00AD', // soft hyphen
		'\\u034F', // combining grapheme joiner
		'\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u3164\\uFFA0', // Arabic letter mark, fillers
		'\\u180B-\\u180F', // Mongolian selectors
		'\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u206F', // zero-width, bidi, word joiner
		'\\uFE00-\\uFE0F\\uFEFF', // variation selectors, BOM
		'\\u{E0000}-\\u{E007F}', // tag characters
	].join('')}]`,
	'u',
);

/** Drops zero-width and other invisible characters. @example removeZeroWidth(identityText('f\u200Buck')).text === 'fuck' */
export function removeZeroWidth(input: MappedText): MappedText {
	return mapCodePoints(input, INVISIBLE, () => '');
}
