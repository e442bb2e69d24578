import { mapCodePoints } from './map-code-points';
import type { MappedText } from './mapped-text';

// Without the `u` flag: a scan for it runs five times faster on long drafts (mapCodePoints reads a
// surrogate pair as one code point either way).
const NON_ASCII = /[^\u0000-\u007f]/; // eslint-disable-line no-control-regex -- "anything not ASCII"

// Per code point, once: a long draft repeats its few non-ASCII characters (’, é, emoji) many times.
const cache = new Map<string, string>();
/** A hostile page can send any number of distinct code points: the cache stops growing here. */
const MAX_CACHED = 4096;

/**
 * Unicode NFKC per code point: full-width, mathematical and circled letters, ligatures and the like become
 * plain letters. Per code point (not per string) so every output unit maps to one original character.
 * @example nfkc(identityText('ｆｕｃｋ')).text === 'fuck'
 */
export function nfkc(input: MappedText): MappedText {
	return mapCodePoints(input, NON_ASCII, (cp) => {
		let normal = cache.get(cp);
		if (normal === undefined) {
			normal = cp.normalize('NFKC');
			if (cache.size < MAX_CACHED) cache.set(cp, normal);
		}
		return normal === cp ? undefined : normal;
	});
}
