import { MappedTextBuilder, type MappedText } from './mapped-text';

/**
 * Caps runs of one repeated character at two ("fuuuuck" → "fuuck", "shiiiit" → "shiit"); the term matcher then
 * absorbs the remaining double. Capping at two (not one) keeps real doubles (piss, ass) intact, and bounds
 * the work on adversarial input like 'a'.repeat(1e5). obscenity's collapseDuplicatesTransformer does the
 * same but works inside its own matcher pipeline without an offset map, so we keep a small one here.
 * @example collapseRepeats(identityText('fuuuuck')).text === 'fuuck'
 */
export function collapseRepeats(input: MappedText): MappedText {
	const { text } = input;
	// A loop over char codes finds the first run of three: a back-reference regex (/(.)\1\1/) took longer on
	// every check, and most drafts have none.
	const first = firstTriple(text);
	if (first < 0) return input;
	const out = new MappedTextBuilder(input);
	let copied = 0;
	for (let i = first; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === text.charCodeAt(i - 1) && c === text.charCodeAt(i - 2)) {
			out.copy(copied, i);
			copied = i + 1;
		}
	}
	out.copy(copied, text.length);
	return out.build();
}

/** Where the first run of three identical UTF-16 units ends (its third unit), or -1. */
function firstTriple(text: string): number {
	for (let i = 2; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === text.charCodeAt(i - 1) && c === text.charCodeAt(i - 2)) return i;
	}
	return -1;
}
