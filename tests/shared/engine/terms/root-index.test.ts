import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';

import { loadValidPack } from '../../../harness/load-valid-pack';
import { createDraftViews } from '../../../../shared/engine/normalize/pipeline';
import { ROLE, TermIndex } from '../../../../shared/engine/terms/term-index';
import { addPackTerms } from './add-pack-terms';
import { indexLexicons } from '../../../../shared/pack/index-lexicons';
import { packLexicons } from '../../../../shared/pack/pack-lexicons';
import type { RulePack } from '../../../../shared/pack/schema';

// With the pack's index of first words, the lexicons a term starts with go into the word trie as drafts
// need them. These tests hold that to inserting every entry at compile: the same hits, draft after draft.
const ROLES = [ROLE.terms, ROLE.exceptions, ROLE.targets, ROLE.unless];

const build = (pack: RulePack, lexicons: Record<string, string[]>, indexed: boolean) =>
	addPackTerms(new TermIndex(lexicons, indexed ? indexLexicons(lexicons) : undefined), pack, () => false);

/** Every hit of every rule and role, as sorted "rule/role start-end" strings. */
function hits(index: TermIndex, rules: number, text: string): string[] {
	const found = index.collect(createDraftViews(text), false);
	const all: string[] = [];
	for (let rule = 0; rule < rules; rule++)
		for (const role of ROLES)
			for (const list of found.lists(rule, role))
				for (let k = 0; k < list.length; k += 2) all.push(`${rule}/${role} ${list[k]}-${list[k + 1]}`);
	return all.sort();
}

let pack: RulePack;
let lexicons: Record<string, string[]>;
let phrases: string[];

beforeAll(async () => {
	pack = await loadValidPack();
	lexicons = packLexicons(pack.school);
	// Lexicon entries as drafts would hold them (their `#` and `*` filled in), to build drafts from.
	phrases = Object.values(lexicons)
		.flat()
		.filter((entry) => !entry.includes('@'))
		.map((entry) => entry.replaceAll('#', '7').replaceAll('*', 'ing'))
		.filter((_, k) => k % 3 === 0);
});

describe('RootIndex: lexicons at the root filled in as drafts need them', () => {
	it('finds exactly what inserting every entry at compile finds, on the real pack, draft after draft', () => {
		const eager = build(pack, lexicons, false);
		const lazy = build(pack, lexicons, true);
		const draft = fc
			.array(
				fc.oneof(fc.constantFrom(...phrases), fc.constantFrom('the', 'our', 'Mandeville', 'is', '.', 'and')),
				{
					minLength: 1,
					maxLength: 25,
				},
			)
			.map((parts) => parts.join(' '));
		fc.assert(
			fc.property(draft, (text) => {
				expect(hits(lazy, pack.rules.length, text)).toEqual(hits(eager, pack.rules.length, text));
			}),
			{ numRuns: 400 },
		);
	});

	it('puts an entry in once, however many drafts have its first word', () => {
		const lexicons = {
			roles: ['head teacher', 'head of year', '@titles head', 'y#s'],
			titles: ['mr', 'mrs'],
		};
		const index = new TermIndex(lexicons, indexLexicons(lexicons));
		index.add(0, ROLE.terms, ['@roles'], false);
		index.seal();
		const texts = ['the head teacher', 'head of year 9 and head teacher', 'Mrs Head', 'y7s head teacher'];
		const first = texts.map((text) =>
			index.collect(createDraftViews(text), false).lists(0, ROLE.terms).flat(),
		);
		expect(first).toEqual([
			[4, 16],
			[0, 12, 19, 31],
			[0, 8],
			[0, 3, 4, 16],
		]);
		// Again, in the other order: no entry was put in twice (its hit would show twice).
		const again = [...texts]
			.reverse()
			.map((text) => index.collect(createDraftViews(text), false).lists(0, ROLE.terms).flat());
		expect(again.reverse()).toEqual(first);
	});
});
