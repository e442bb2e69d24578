import { mapCodePoints } from './map-code-points';
import type { MappedText } from './mapped-text';

/** Lower-cases; keeps the mapping even where a letter's lower case is longer (İ). @example toLowerCase(identityText('Hi')).text === 'hi' */
export function toLowerCase(input: MappedText): MappedText {
	const lower = input.text.toLowerCase();
	if (lower.length === input.text.length) return { text: lower, starts: input.starts, ends: input.ends };
	return mapCodePoints(input, /\p{Lu}|\p{Lt}/u, (cp) => cp.toLowerCase());
}
