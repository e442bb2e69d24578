import { describe, expect, it } from 'vitest';

import { collapseRepeats } from '../../../../shared/engine/normalize/collapse-repeats';
import { joinSpacedLetters } from '../../../../shared/engine/normalize/join-spaced-letters';
import { identityText, mapSpan } from '../../../../shared/engine/normalize/mapped-text';
import { nfkc } from '../../../../shared/engine/normalize/nfkc';
import { createDraftViews } from '../../../../shared/engine/normalize/pipeline';
import { removeZeroWidth } from '../../../../shared/engine/normalize/remove-zero-width';
import { resolveConfusables } from '../../../../shared/engine/normalize/resolve-confusables';
import { toLowerCase } from '../../../../shared/engine/normalize/to-lower-case';
import { tokenizeEvasive } from '../../../../shared/engine/normalize/tokenize';
import { splitWords } from '../../../../shared/engine/normalize/draft-words';

const slice = (original: string, span: readonly [number, number]) => original.slice(span[0], span[1]);

describe('removeZeroWidth()', () => {
	it.each([
		['f\u200Buck', 'fuck'],
		['s\u00ADh\u2060i\uFEFFt', 'shit'],
		['plain', 'plain'],
	])('%j → %j', (input, output) => expect(removeZeroWidth(identityText(input)).text).toBe(output));

	it('keeps offsets of the original', () => {
		const mapped = removeZeroWidth(identityText('a\u200Bbc'));
		expect(mapSpan(mapped, 1, 3)).toEqual([2, 4]);
	});
});

describe('nfkc()', () => {
	it('folds full-width and mathematical letters, mapping each to its original character', () => {
		const original = 'ｆｕｃｋ 𝐬𝐡𝐢𝐭';
		const mapped = nfkc(identityText(original));
		expect(mapped.text).toBe('fuck shit');
		expect(slice(original, mapSpan(mapped, 5, 9))).toBe('𝐬𝐡𝐢𝐭');
	});
	it('still folds, and a surrogate pair stays one code point, after thousands of distinct characters', () => {
		// More distinct code points than either cache keeps (Hangul syllables stay as they are).
		const many = Array.from({ length: 6000 }, (_, k) => String.fromCodePoint(0xac00 + k)).join('');
		const original = `${many} ｆｕｃｋ 𝐬𝐡𝐢𝐭 ѕһіt`;
		const mapped = resolveConfusables(nfkc(identityText(original)));
		expect(mapped.text).toBe(`${many} fuck shit shit`);
		expect(slice(original, mapSpan(mapped, many.length + 6, many.length + 10))).toBe('𝐬𝐡𝐢𝐭');
	});
});

describe('resolveConfusables()', () => {
	it.each([
		['ѕһіt', 'shit'],
		['Mаndеvillе', 'Mandeville'],
		['fück', 'fuck'],
		['f\u0332u\u0332c\u0332k', 'fuck'],
		['naïve café', 'naive cafe'],
	])('%j → %j', (input, output) => expect(resolveConfusables(identityText(input)).text).toBe(output));

	it('leaves ASCII digits and symbols for the matcher (leetspeak)', () => {
		expect(resolveConfusables(identityText('sh1t $')).text).toBe('sh1t $');
	});
});

describe('toLowerCase()', () => {
	it('keeps the mapping when lower case is longer', () => {
		const original = 'İx';
		const mapped = toLowerCase(identityText(original));
		expect(mapped.text).toBe('i̇x');
		expect(mapSpan(mapped, 2, 3)).toEqual([1, 2]);
	});
});

describe('collapseRepeats()', () => {
	it.each([
		['fuuuuck', 'fuuck'],
		['piss', 'piss'],
		['aaaaaaaa', 'aa'],
		['aaab', 'aab'],
		['hello!!!! yesss', 'hello!! yess'],
		['ab\n\n\ncd', 'ab\n\ncd'],
		['😂😂😂', '😂😂😂'],
	])('%j → %j', (input, output) => expect(collapseRepeats(identityText(input)).text).toBe(output));
	it('maps what follows a collapsed run back to the original, and leaves text without runs as it is', () => {
		const original = 'sooooo baaaad';
		const collapsed = collapseRepeats(identityText(original));
		expect(collapsed.text).toBe('soo baad');
		expect(original.slice(...mapSpan(collapsed, 4, 8))).toBe('baaaad');
		const plain = identityText('no runs here');
		expect(collapseRepeats(plain)).toBe(plain);
	});
});

describe('tokenizeEvasive() + joinSpacedLetters()', () => {
	const words = (text: string) =>
		joinSpacedLetters(text, tokenizeEvasive(text)).map(
			(t) => t.letters?.map((i) => text[i]).join('') ?? text.slice(t.from, t.to),
		);
	it.each([
		['f*ck this!', ['f*ck', 'this']],
		['sh!t happens', ['sh!t', 'happens']],
		['@dave b@stard $hit', ['dave', 'b@stard', '$hit']],
		['s h i t day', ['shit', 'day']],
		['f.u.c.k', ['fuck']],
		['a b day', ['a', 'b', 'day']],
		['**** 2024', ['2024']],
	])('%j → %j', (input, output) => expect(words(input)).toEqual(output));

	it('splitWords splits on every non-letter and maps each word to the original', () => {
		const original = 'Piss-up, Ｙear 9s';
		const split = splitWords(nfkc(identityText(original)));
		expect(split.words).toEqual(['Piss', 'up', 'Year', '9s']);
		expect(split.starts.map((start, k) => original.slice(start, split.ends[k]))).toEqual([
			'Piss',
			'up',
			'Ｙear',
			'9s',
		]);
	});
});

describe('createDraftViews()', () => {
	it('builds the plain and evasive word views with offsets into the original', () => {
		const original = 'Wh\u200Bat a S H I T, f**k';
		const views = createDraftViews(original);
		expect(views.plain.words.join(' ')).toBe('what a s h i t f k');
		expect(views.evasive.text).toBe('what ashit f**k'); // 'a' is a one-letter word too: joined, with inner boundaries
		const at = views.evasive.text.indexOf('shit');
		expect(slice(original, mapSpan(views.evasive, at, at + 4))).toBe('S H I T');
	});
	it('asks for the evasive reach only when a word is disguised, and keeps that many words from it', () => {
		let asked = 0;
		const reach = () => (asked++, 2);
		expect(createDraftViews('a plain draft with nothing hidden', reach).evasive.words).toEqual([]);
		expect(asked).toBe(0);
		expect(createDraftViews('what a sh1t day it was', reach).evasive.words).toEqual(['sh1t', 'day']);
		expect(asked).toBe(1);
	});
});
