import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
	lexiconReferences,
	mayBeRefused,
	parseTerm,
	plainFirstWord,
	plainFirstWords,
	plainWordCount,
	refusableTerms,
} from '../../../../shared/engine/terms/parse-term';
import { TermIndex } from '../../../../shared/engine/terms/term-index';

// Characters that make parsing hard: separators, `#`, `*`, `@`, accents, zero-width, look-alikes,
// a ligature, a non-breaking space, a full-width letter and the full-width `*` and `@` (NFKC makes them ASCII).
const CHARS = [..."abcXYZ019 -'.#*@éа\u200Bﬁ\u00A0Ａ＊＠"];
const terms = fc
	.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 12 })
	.map((chars) => chars.join(''));

function parsed(term: string) {
	try {
		return parseTerm(term);
	} catch {
		return undefined; // a refused term: such entries are parsed at compile (see TermIndex)
	}
}

describe('reading a lexicon entry without parsing it', () => {
	it('plainFirstWord() gives the first word parseTerm() finds, or nothing', () => {
		fc.assert(
			fc.property(terms, (term) => {
				const first = plainFirstWord(term);
				const words = parsed(term);
				if (first === undefined || !words) return;
				expect(words[0]).toHaveProperty('literal', first);
			}),
			{ numRuns: 5000 },
		);
		expect(plainFirstWord("Don't panic")).toBe('don');
		expect(plainFirstWord('y#s')).toBeUndefined();
		expect(plainFirstWord('caf\u00E9 au lait')).toBeUndefined();
	});
	it('plainFirstWords() gives plainFirstWord() of each term of a list, in order', () => {
		// Line breaks of every kind inside terms, and empty terms: the list is scanned as one text.
		const lists = fc.array(
			fc.oneof(terms, fc.constantFrom('', ' ', 'a\nb', 'ab\rcd', 'x\u2028y', 'Hi\u2029', '\n', 'x\n')),
			{ maxLength: 30 },
		);
		fc.assert(
			fc.property(lists, (list) => {
				expect(plainFirstWords(list)).toEqual(list.map(plainFirstWord));
			}),
			{ numRuns: 3000 },
		);
		expect(plainFirstWords(['Idiot', 'y#s', "Don't", 'caf\u00E9 au lait', '', 'piss-up'])).toEqual([
			'idiot',
			undefined,
			'don',
			undefined,
			undefined,
			'piss',
		]);
	});
	it('plainWordCount() counts the words parseTerm() finds, or gives nothing', () => {
		fc.assert(
			fc.property(terms, (term) => {
				const count = plainWordCount(term);
				const words = parsed(term);
				if (count === undefined || !words) return;
				expect(count).toBe(words.length);
			}),
			{ numRuns: 5000 },
		);
		expect(plainWordCount('piss-up at #pm')).toBe(4);
	});
	it('mayBeRefused() holds for every term parseTerm() refuses', () => {
		fc.assert(
			fc.property(terms, (term) => {
				if (!parsed(term)) expect(mayBeRefused(term)).toBe(true);
			}),
			{ numRuns: 5000 },
		);
		expect(mayBeRefused('piss-up')).toBe(false);
		expect(mayBeRefused('b*r*')).toBe(true);
		expect(mayBeRefused('idiot* and numpt*')).toBe(false);
		expect(mayBeRefused('idiot\uFF0Ax')).toBe(true);
	});
	it('refusableTerms() picks what mayBeRefused() picks, in order, from a whole list at once', () => {
		// Newlines and empty terms too: the list is scanned as one text, a line per term.
		const lists = fc.array(fc.oneof(terms, fc.constantFrom('', ' ', 'a\nb*c', '\n', 'x\n')), {
			maxLength: 30,
		});
		fc.assert(
			fc.property(lists, (list) => {
				expect(refusableTerms(list)).toEqual(list.filter(mayBeRefused));
			}),
			{ numRuns: 3000 },
		);
		expect(refusableTerms(['idiot', 'our @roles', 'twat*', '', 'b*r*'])).toEqual(['', 'b*r*']);
	});
	it('lexiconReferences() finds the lexicons parseTerm() reads in a list of terms, each once', () => {
		// Names made of the characters a name may have, and what may stand around one.
		const names = fc.constantFrom('roles', 'a', 'x-1', 'Roles', '-x', '1');
		const around = fc.constantFrom('', ' ', '\n', '\u00A0', '\u200B', 'a', '@', '.', '*', '\t');
		const term = fc
			.array(
				fc.oneof(
					fc.tuple(around, names, around).map(([a, n, b]) => `${a}@${n}${b}`),
					terms,
				),
				{
					maxLength: 4,
				},
			)
			.map((parts) => parts.join(''));
		fc.assert(
			fc.property(fc.array(term, { maxLength: 6 }), (list) => {
				const expected = new Set<string>();
				for (const t of list)
					for (const word of parsed(t) ?? []) if (!Array.isArray(word)) expected.add(word.lexicon);
				const refused = list.some((t) => !parsed(t));
				// A refused term is refused at compile whatever it names; the names of the others are exact.
				if (!refused) expect(new Set(lexiconReferences(list))).toEqual(expected);
				else for (const name of expected) expect(lexiconReferences(list)).toContain(name);
			}),
			{ numRuns: 5000 },
		);
		expect(lexiconReferences(['our @roles', 'a@b', '@roles and @pupils', '＠x', '@Caps'])).toEqual([
			'roles',
			'pupils',
		]);
	});
});

describe('TermIndex: lexicon entries parsed when a draft reaches them', () => {
	const hitsFor = (index: TermIndex, text: string) => {
		const found = index.collect(createViews(text), false).lists(0, 0).flat();
		const spans: string[] = [];
		for (let i = 0; i < found.length; i += 2) spans.push(text.slice(found[i], found[i + 1]));
		return spans;
	};
	it('still refuses, at compile, a lexicon with a misplaced "*" or no letter, wherever it is named', () => {
		const bad = { bad: ['fine word', 'foo b*r*'], worse: ['ok', '#'] };
		for (const term of ['@bad', 'our @bad', '@worse', 'the @worse']) {
			const index = new TermIndex(bad);
			expect(() => index.add(0, 0, [term], false), term).toThrow(/"foo b\*r\*"|"#"/);
		}
		expect(() => new TermIndex({ l: ['fine @nowhere'] }).add(0, 0, ['@l'], false)).toThrow(/@nowhere/);
	});
	it('finds the same terms however many drafts came before and in whatever order', () => {
		const lexicons = {
			roles: ['head teacher', 'head of year', 'deputy head'],
			verdicts: ['is useless', 'is a joke', 'useless'],
		};
		const build = () => {
			const index = new TermIndex(lexicons);
			index.add(0, 0, ['@roles @verdicts', 'our @roles', 'head'], false);
			index.seal();
			return index;
		};
		const drafts = ['the head of year is a joke', 'our deputy head', 'head teacher useless'];
		const expected = drafts.map((d) => hitsFor(build(), d));
		expect(expected[0]).toEqual(expect.arrayContaining(['head of year is a joke', 'head']));
		const reused = build();
		for (const d of [...drafts].reverse()) hitsFor(reused, d);
		expect(drafts.map((d) => hitsFor(reused, d))).toEqual(expected);
	});
});

import { createDraftViews } from '../../../../shared/engine/normalize/pipeline';
const createViews = (text: string) => createDraftViews(text);
