import unhomoglyph from 'unhomoglyph';
import confusables from 'unhomoglyph/data.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';

// resolve-confusables.ts reads unhomoglyph's table instead of calling it (its 6,311-way RegExp costs
// start-up time): that is only the same while every key is one code point and the function is a lookup.
describe("unhomoglyph's table, read directly", () => {
	it('gives what unhomoglyph() gives for every code point', () => {
		const table = confusables as Record<string, string>;
		const differ: string[] = [];
		for (let cp = 0; cp <= 0x10ffff; cp++) {
			if (cp >= 0xd800 && cp <= 0xdfff) continue;
			const char = String.fromCodePoint(cp);
			const looked = Object.hasOwn(table, char) ? table[char] : char;
			if (looked !== unhomoglyph(char)) differ.push(cp.toString(16));
		}
		expect(differ).toEqual([]);
		expect(Object.keys(table).every((key) => [...key].length === 1)).toBe(true);
	});
});
