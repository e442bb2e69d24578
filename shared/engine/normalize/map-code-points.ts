import { MappedTextBuilder, type MappedText } from './mapped-text';

/**
 * Runs `replace` on every code point the `needsWork` test selects; everything else is copied in runs, so
 * ASCII-only text costs one regex test. `replace` returns the replacement ('' drops it) or undefined to keep.
 * @example mapCodePoints(t, /[^\x00-\x7f]/, c => c.normalize('NFKC'))
 */
export function mapCodePoints(
	input: MappedText,
	needsWork: RegExp,
	replace: (codePoint: string, index: number) => string | undefined,
): MappedText {
	const { text } = input;
	if (!needsWork.test(text)) return input;
	const out = new MappedTextBuilder(input);
	const scan = new RegExp(
		needsWork.source,
		needsWork.flags.includes('g') ? needsWork.flags : needsWork.flags + 'g',
	);
	let copied = 0;
	for (let match = scan.exec(text); match; match = scan.exec(text)) {
		const from = match.index;
		const cp = text.codePointAt(from)!;
		const to = from + (cp > 0xffff ? 2 : 1);
		const replacement = replace(String.fromCodePoint(cp), from);
		scan.lastIndex = to;
		if (replacement === undefined) continue;
		out.copy(copied, from);
		if (replacement.length > 0) out.push(replacement, from, to);
		copied = to;
	}
	out.copy(copied, text.length);
	return out.build();
}
