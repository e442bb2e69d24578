import { mapCodePoints } from './map-code-points';
import type { MappedText } from './mapped-text';

const NON_ASCII = /[^\u0000-\u007f]/u; // eslint-disable-line no-control-regex -- "anything not ASCII"

/**
 * Unicode NFKC per code point: full-width, mathematical and circled letters, ligatures and the like become
 * plain letters. Per code point (not per string) so every output unit maps to one original character.
 * @example nfkc(identityText('ｆｕｃｋ')).text === 'fuck'
 */
export function nfkc(input: MappedText): MappedText {
	return mapCodePoints(input, NON_ASCII, (cp) => {
		const normal = cp.normalize('NFKC');
		return normal === cp ? undefined : normal;
	});
}
