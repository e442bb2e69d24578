import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';

import { loadValidPack } from '../../../harness/load-valid-pack';
import { createDraftViews } from '../../../../shared/engine/normalize/pipeline';
import { ROLE, TermIndex, type Role } from '../../../../shared/engine/terms/term-index';
import { addPackTerms } from './add-pack-terms';
import { packLexicons } from '../../../../shared/pack/pack-lexicons';
import type { RulePack } from '../../../../shared/pack/schema';

// The evasive view keeps only the words a term starting in a disguised word can reach. These tests hold
// it to the full view: every hit of every rule's terms is the same, on the real pack's terms.

let pack: RulePack;
let index: TermIndex;
let vocabulary: string[];

beforeAll(async () => {
	pack = await loadValidPack();
	const lexicons = packLexicons(pack.school);
	index = addPackTerms(new TermIndex(lexicons), pack, (rule) => 'evasion' in rule && rule.evasion === true);
	// Words and phrases the pack looks for (multi-word lexicon entries included), to be disguised at random.
	vocabulary = Object.values(lexicons)
		.flat()
		.filter((entry) => !entry.includes('@') && !entry.includes('*') && !entry.includes('#'))
		.slice(0, 3000);
});

const LEET: Record<string, string> = { a: '@', e: '3', i: '1', o: '0', s: '$', t: '7' };
const disguise = (word: string, how: number): string => {
	if (how === 0) return word;
	if (how === 1) return word.replace(/[aeiost]/, (c) => LEET[c]!);
	if (how === 2) return word.length > 2 ? `${word[0]}*${word.slice(2)}` : word;
	return [...word].join(' ');
};

function allHits(text: string, reach: number): Record<string, readonly number[]> {
	const hits = index.collect(createDraftViews(text, reach), true);
	const out: Record<string, readonly number[]> = {};
	pack.rules.forEach((_, rule) => {
		for (const role of Object.values(ROLE) as Role[]) {
			const flat = hits.lists(rule, role).flat();
			if (flat.length > 0) out[`${rule}/${role}`] = [...flat];
		}
	});
	return out;
}

describe('evasive view within reach', () => {
	it('the pack has a finite reach', () => {
		expect(index.evasiveReach).toBeGreaterThan(1);
		expect(index.evasiveReach).toBeLessThan(40);
	});

	it('finds exactly what the full evasive view finds', () => {
		const draft = fc
			.array(
				fc.tuple(fc.nat({ max: 2999 }), fc.nat({ max: 5 }), fc.constantFrom(' ', ', ', '. ', ' and ', '\n')),
				{ minLength: 1, maxLength: 40 },
			)
			.map((parts) =>
				parts
					.map(([at, how, gap]) => disguise(vocabulary[at % vocabulary.length]!, how > 3 ? 0 : how) + gap)
					.join(''),
			);
		fc.assert(
			fc.property(draft, (text) => {
				expect(allHits(text, index.evasiveReach)).toEqual(allHits(text, Infinity));
			}),
			{ numRuns: 300 },
		);
	});

	it('leaves out the words no disguised word reaches', () => {
		const text = `${'ordinary words here '.repeat(50)}what a sh1t day ${'more plain words '.repeat(50)}`;
		const views = createDraftViews(text, index.evasiveReach);
		expect(views.evasive.words.length).toBeLessThanOrEqual(index.evasiveReach);
		expect(views.evasive.text).toContain('sh1t');
	});
});
