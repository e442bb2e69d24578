import { describe, expect, it } from 'vitest';

import { createDraftViews } from '../../../../shared/engine/normalize/pipeline';
import { parseTerm } from '../../../../shared/engine/terms/parse-term';
import { TermIndex } from '../../../../shared/engine/terms/term-index';

function find(
	terms: string[],
	text: string,
	evasive = false,
	lexicons: Record<string, string[]> = {},
): string[] {
	const index = new TermIndex(lexicons);
	index.add(0, 0, terms, evasive);
	index.seal();
	const hits = index.collect(createDraftViews(text), evasive).lists(0, 0).flat();
	const found: string[] = [];
	for (let i = 0; i < hits.length; i += 2) found.push(text.slice(hits[i], hits[i + 1]));
	return [...new Set(found)];
}

describe('parseTerm()', () => {
	it('reads "@name" words as lexicon references', () => {
		const [our, roles] = parseTerm('our @staff-roles');
		expect([...(our as string[])]).toEqual(['o', 'u', 'r']);
		expect(our).toHaveProperty('literal', 'our');
		expect(roles).toEqual({ lexicon: 'staff-roles' });
		expect(parseTerm('year #s')[1]).not.toHaveProperty('literal');
		expect(parseTerm('piss-up')).toMatchObject([{ literal: 'piss' }, { literal: 'up' }]);
		expect(parseTerm('@mandeville.sch.uk')).toHaveLength(3);
	});
	it('takes letters outside ASCII that no look-alike maps, as letters', () => {
		expect(parseTerm('猫 café')).toMatchObject([{ literal: '猫' }, { literal: 'cafe' }]);
	});
	it('rejects a misplaced "*" and a term without letters', () => {
		expect(() => parseTerm('f*ck')).toThrow(/end of a word/);
		expect(() => parseTerm('*')).toThrow(/at least one letter/);
		expect(() => parseTerm('--')).toThrow(/at least one letter/);
	});
});

describe('matchTerms()', () => {
	it('matches on word boundaries, case-insensitively', () => {
		expect(find(['idiot'], 'Idiots and an IDIOT')).toEqual(['IDIOT']);
	});
	it('"*" allows any ending; a lone "*" is any word', () => {
		expect(find(['idiot*'], 'idiots, idiotic')).toEqual(['idiots', 'idiotic']);
		expect(find(['head of *'], 'our head of maths')).toEqual(['head of maths']);
	});
	it('"#" is digits, optionally followed by letters', () => {
		expect(find(['year #s', 'y#'], 'my Year 9s and Y11')).toEqual(['Year 9s', 'Y11']);
		expect(find(['year #'], 'Year')).toEqual([]);
	});
	it('any run of spaces and punctuation joins the words of a phrase', () => {
		expect(find(['piss up'], 'a piss-up in a brewery')).toEqual(['piss-up']);
		expect(find(['mandy s high'], 'Mandy’s High')).toEqual(['Mandy’s High']);
	});
	it('with evasion: leetspeak, stars, repeats and spaced letters', () => {
		expect(find(['shit', 'fuck', 'bastard', 'ass'], 'sh1t f*ck b@stard a$$', true)).toEqual([
			'sh1t',
			'f*ck',
			'b@stard',
			'a$$',
		]);
		expect(find(['fuck'], 'FUUUUCK f**k', true)).toEqual(['FUUUUCK', 'f**k']);
		expect(find(['shit'], 'what a s h i t day', true)).toEqual(['s h i t']);
	});
	it('with evasion: a star needs a real letter first and stands for at most two letters', () => {
		expect(find(['fuck'], '*uck ****', true)).toEqual([]);
		expect(find(['ass'], 'as a**', true)).toEqual([]);
	});
	it('expands lexicon references anywhere in a term, nested, without expanding the product', () => {
		const lexicons = {
			roles: ['head', 'deputy head'],
			people: ['@roles', 'governors'],
			adj: ['useless', 'awful'],
		};
		expect(
			find(['our @people is @adj'], 'Our deputy head is useless; our governors is awful', false, lexicons),
		).toEqual(['Our deputy head is useless', 'our governors is awful']);
		expect(find(['@people'], 'the head and the governors', false, lexicons)).toEqual(['head', 'governors']);
		expect(() => find(['@nope'], 'x')).toThrow(/unknown lexicon/);
		expect(() => find(['@a'], 'x', false, { a: ['x @b'], b: ['@a'] })).toThrow(/cycle/);
	});
	it('with evasion: a starred word enters the lexicons one of its readings starts, and no others', () => {
		const lexicons = { swears: ['fucking', 'shite'], places: ['ab猫cd'], kind: ['fab'] };
		const terms = ['@swears', '@places', '@kind'];
		expect(find(terms, 'f*cking hell, sh*te, sh1*e', true, lexicons)).toEqual(['f*cking', 'sh*te', 'sh1*e']);
		// "猫" is no ASCII letter: a lexicon with such a first word is entered by the first letter instead.
		expect(find(terms, 'the ab*cd', true, lexicons)).toEqual(['ab*cd']);
		expect(find(terms, 'f*b f*cks', true, lexicons)).toEqual(['f*b']);
	});
	it('with evasion: a disguised word enters a lexicon by its first words with "*" or "#" too', () => {
		// Lexicons whose entries begin "idiot*" or "y#s": a disguised word enters them when a reading fits the shape.
		const lexicons = { insults: ['idiot*', 'fool'], years: ['y#s', 'reception'], nested: ['@insults hat'] };
		const terms = ['@insults', '@years', 'total @nested'];
		expect(find(terms, 'what 1d*ots, f00l', true, lexicons)).toEqual(['1d*ots', 'f00l']);
		expect(find(terms, 'our y7$ lot', true, lexicons)).toEqual(['y7$']);
		expect(find(terms, 'a fo*l, an idi0tic', true, lexicons)).toEqual(['fo*l', 'idi0tic']);
		// A match starts only at a disguised word: "total" is not one, so the nested lexicon's term is not found.
		expect(find(terms, 'total id10tic hat', true, lexicons)).toEqual(['id10tic']);
	});
	it('matches ends in the middle of a spaced-out word only at its letters', () => {
		expect(find(['shit'], 'a s h i t', true)).toEqual(['s h i t']);
	});
	it('without evasion: no leetspeak or stars', () => {
		expect(find(['shit'], 'sh1t sh*t')).toEqual([]);
	});
});
