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
	// Built on the first change only: text with non-ASCII characters that all stay (’, …) is returned as is.
	let out: MappedTextBuilder | undefined;
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
		out ??= new MappedTextBuilder(input);
		out.copy(copied, from);
		if (replacement.length > 0) out.push(replacement, from, to);
		copied = to;
	}
	if (!out) return input;
	out.copy(copied, text.length);
	return out.build();
}
