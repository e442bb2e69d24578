import { resolveLeetSpeakTransformer } from 'obscenity';

// Leetspeak is resolved while matching, not by rewriting the text: a rewritten "Y6" would become "yg" and
// stop matching `y#`. The table is obscenity's (resolveLeetSpeakTransformer), read once, plus the common
// extra readings 1→l, |→l, 8→b, 9→g that its one-letter-per-symbol table cannot hold.
const obscenity = resolveLeetSpeakTransformer();
const table = new Map<string, string[]>();
for (let code = 33; code < 127; code++) {
	const letter = obscenity.transform(code);
	if (letter !== undefined && letter !== code)
		table.set(String.fromCharCode(code), [String.fromCharCode(letter)]);
}
for (const [symbol, letter] of [
	['1', 'l'],
	['|', 'l'],
	['8', 'b'],
	['9', 'g'],
] as const)
	table.set(symbol, [...(table.get(symbol) ?? []), letter]);

/** The letters a leetspeak symbol may stand for ('1' → ['i', 'l']). @example LEETSPEAK.get('$') */
export const LEETSPEAK: ReadonlyMap<string, readonly string[]> = table;
