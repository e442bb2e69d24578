import { describe, expect, it } from 'vitest';

import { compareVersions } from '../../../shared/pack/compare-versions';
import { diffPacks } from '../../../shared/pack/pack-diff';
import { packHintModel, unpackHintModel } from '../../../shared/pack/pack-hint-model';
import { samplePack } from './sample-pack';

describe('diffPacks()', () => {
	it('says when nothing but the version changed', () => {
		const after = samplePack();
		after.manifest.version = '1.2.0';
		after.manifest.publishedAt = '2025-02-01T09:00:00.000Z';
		expect(diffPacks(samplePack(), after)).toEqual([
			'Version: 1.1.0 → 1.2.0 (newer)',
			'Published: “2025-01-01T09:00:00.000Z” → “2025-02-01T09:00:00.000Z”',
		]);
		after.manifest.publishedAt = samplePack().manifest.publishedAt;
		expect(diffPacks(samplePack(), after)).toEqual([
			'Version: 1.1.0 → 1.2.0 (newer)',
			'No change to the clauses, school context, rules or hint model.',
		]);
	});

	it('sums up hint model changes per clause rather than listing weights', () => {
		const model = (threshold: number, weights: Record<string, number>) =>
			packHintModel({
				features: 'words+bigrams/1',
				message: 'Like “{title}”',
				maxChars: 2000,
				clauses: { offensive: { bias: -1, threshold, weights: Object.entries(weights) } },
			});
		const before = samplePack();
		const after = samplePack();
		after.manifest.version = '1.2.0';
		after.model = model(0.5, { rubbish: 2 });
		expect(diffPacks(before, after).slice(1)).toEqual(['Hint model added: 1 clause, 1 weight']);
		before.model = model(0.5, { rubbish: 2, awful: 1 });
		after.model = model(0.7, { rubbish: 2.5, awful: 1 });
		expect(diffPacks(before, after).slice(1)).toEqual([
			'Hint model offensive: threshold 0.5 → 0.7, 1 of 2 weights changed',
		]);
		after.model = structuredClone(before.model);
		after.model.clauses.offensive!.alongside = 0.2;
		expect(diffPacks(before, after).slice(1)).toEqual([
			'Hint model offensive: alongside none → 0.2 (the threshold beside another clause)',
		]);
		after.model = packHintModel({
			...unpackHintModel(before.model),
			breach: { bias: -1, threshold: 0.5, weights: [['rubbish', 1]] },
		});
		expect(diffPacks(before, after).slice(1)).toEqual(['Hint model breach (any clause): added (1 weight)']);
		after.model = { ...before.model, veto: -2 };
		expect(diffPacks(before, after).slice(1)).toEqual([
			"Hint model: veto none → -2 (rules' findings it doubts are dropped)",
		]);
		before.model = { ...before.model, vetoRules: ['offensive/a', 'offensive/b'] };
		after.model = { ...before.model, vetoRules: ['offensive/b', 'offensive/c'] };
		expect(diffPacks(before, after).slice(1)).toEqual([
			'Hint model: the veto may now overrule offensive/c',
			'Hint model: the veto no longer overrules offensive/a',
		]);
		delete after.model;
		expect(diffPacks(before, after).slice(1)).toEqual(['Hint model removed (it had 1 clause, 2 weights)']);
	});

	it('warns when the version does not go up', () => {
		expect(diffPacks(samplePack(), samplePack())[0]).toMatch(/NOT newer/);
	});

	it('names clauses and rules added, removed and changed, with their terms', () => {
		const after = samplePack();
		after.manifest.version = '2.0.0';
		after.manifest.policyVersion = '2026';
		after.clauses['personal-data'] = {
			title: 'Personal information',
			words: 'Never disclose personal information.',
			explanation: 'Private.',
			severity: 'strong',
		};
		const offensive = after.clauses.offensive;
		if (offensive) offensive.words = 'Staff must never post offensive content.';
		after.school.lexicons = { insults: ['idiot*', 'numpty'] };
		const rule = after.rules[0];
		if (rule?.kind === 'phrases') rule.terms = ['@insults', 'zebrafish'];
		after.rules.push({
			id: 'personal-data/phones',
			clause: 'personal-data',
			kind: 'personal-data',
			detect: ['phone'],
			examples: { flag: [], allow: [] },
		});
		expect(diffPacks(samplePack(), after)).toEqual([
			'Version: 1.1.0 → 2.0.0 (newer)',
			'Manifest: policyVersion changed from “2025” to “2026”',
			'Clause added: personal-data “Personal information”',
			'Clause offensive: words changed from “Staff must not post offensive content.” to “Staff must never post offensive content.”',
			'Lexicon: @insults added “numpty”; removed “moron”',
			'Rule added: personal-data/phones (personal-data, clause personal-data) detect “phone”',
			'Rule offensive/insults: terms added “zebrafish”; removed “twit”',
		]);
	});

	it('names removed rules and clauses', () => {
		const after = samplePack();
		after.manifest.version = '1.1.1';
		after.rules = [];
		after.clauses = {};
		expect(diffPacks(samplePack(), after)).toEqual([
			'Version: 1.1.0 → 1.1.1 (newer)',
			'Clause removed: offensive “Offensive content”',
			'Rule removed: offensive/insults (phrases, clause offensive) terms “@insults”, “twit”',
		]);
	});
});

describe('compareVersions()', () => {
	it.each([
		['1.10.0', '1.9.9', 1],
		['1.0.0', '1.0.0', 0],
		['1.0.0-rc.1', '1.0.0', -1],
		['1.0.0-rc.2', '1.0.0-rc.10', -1],
		['2.0.0', '10.0.0', -1],
	])('%s vs %s → %i', (a, b, expected) => {
		expect(compareVersions(a, b)).toBe(expected);
	});

	it('is NaN for something that is not a version', () => {
		expect(compareVersions('one', '1.0.0')).toBeNaN();
	});
});
