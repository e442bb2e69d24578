import { resolveConfusablesTransformer } from 'obscenity';
import confusables from 'unhomoglyph/data.json' with { type: 'json' };
import { mapCodePoints } from './map-code-points';
import type { MappedText } from './mapped-text';

// Without the `u` flag: a scan for it runs five times faster on long drafts (mapCodePoints reads a
// surrogate pair as one code point either way).
const NON_ASCII = /[^\u0000-\u007f]/; // eslint-disable-line no-control-regex -- "anything not ASCII"
const MARK = /^\p{M}$/u;
const ASCII_LETTERS = /^[A-Za-z]+$/;
// obscenity's table is small and curated for Latin look-alikes (Cyrillic а, е, о, accented letters), so it
// goes first; unhomoglyph's table (Unicode's confusables.txt) catches the long tail (Cherokee Ꭺ, Greek ο, …).
// Its table is read directly: every key is one code point, so a lookup gives what its `unhomoglyph(cp)`
// gives, without the 6,311-way alternation RegExp that function builds and compiles at start-up.
const obscenityConfusables = resolveConfusablesTransformer();
const cache = new Map<string, string | undefined>();
/** A hostile page can send any number of distinct code points: the cache stops growing here. */
const MAX_CACHED = 4096;

function resolve(cp: string): string | undefined {
	if (MARK.test(cp)) return ''; // combining marks (accents, Zalgo, underlines) are decoration
	const mapped = obscenityConfusables.transform(cp.codePointAt(0)!);
	if (mapped !== undefined && mapped < 0x80) return String.fromCharCode(mapped);
	const skeleton = Object.hasOwn(confusables, cp) ? (confusables as Record<string, string>)[cp]! : cp;
	if (skeleton !== cp && ASCII_LETTERS.test(skeleton)) return skeleton;
	const bare = cp.normalize('NFD').replace(/\p{M}/gu, '');
	if (bare !== cp && ASCII_LETTERS.test(bare)) return bare;
	return undefined;
}

/**
 * Maps non-ASCII look-alike letters to the ASCII letter they imitate and drops combining marks.
 * ASCII is left alone: digits and punctuation are leetspeak, handled where terms are matched.
 * @example resolveConfusables(identityText('ѕhіt')).text === 'shit'
 */
export function resolveConfusables(input: MappedText): MappedText {
	return mapCodePoints(input, NON_ASCII, (cp) => {
		if (cache.has(cp)) return cache.get(cp);
		const resolved = resolve(cp);
		if (cache.size < MAX_CACHED) cache.set(cp, resolved);
		return resolved;
	});
}
