import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { compileHintModel } from '../../../../shared/engine/hint-model/compile-hint-model';
import { draftFeatures } from '../../../../shared/engine/hint-model/hint-features';
import { createDraftViews } from '../../../../shared/engine/normalize/pipeline';
import { HINT_FEATURES, type HintModel } from '../../../../shared/pack/hint-model-schema';
import { packHintModel } from '../../../../shared/pack/pack-hint-model';

const WORDS = ['we', 'our', 'head', 'staff', 'room', 'year', '6'];
const FEATURES = [
	...WORDS,
	...WORDS.flatMap((a) => WORDS.map((b) => `${a} ${b}`)),
	'§surface:dm',
	'§surface:post',
	'§platform:x',
	'§images',
];
// In the order hints come in (by id); the model below lists them otherwise.
const CLAUSES = ['affiliation', 'consent', 'reputation'];

// Integer weights: sums are exact, so a score on the threshold is the same in any order of adding.
const clauseModel = fc.record({
	bias: fc.integer({ min: -3, max: 3 }),
	threshold: fc.integer({ min: -2, max: 4 }),
	alongside: fc.option(fc.integer({ min: -4, max: 5 }), { nil: undefined }),
	weights: fc.uniqueArray(fc.tuple(fc.constantFrom(...FEATURES), fc.integer({ min: -3, max: 3 })), {
		selector: ([feature]) => feature,
		maxLength: 30,
	}),
});
const model = fc.record({
	reputation: clauseModel,
	consent: clauseModel,
	affiliation: clauseModel,
});
const breachModel = fc.option(
	fc.record({
		bias: clauseModel.map((m) => m.bias),
		threshold: fc.integer({ min: -2, max: 4 }),
		weights: clauseModel.map((m) => m.weights),
	}),
	{ nil: undefined },
);
const draft = fc.array(fc.constantFrom(...WORDS, 'Our', 'STAFF', 'r\u043e\u043em'), { maxLength: 12 });
const context = fc.record({
	platform: fc.constantFrom('x', 'facebook'),
	surface: fc.constantFrom('post', 'dm'),
	images: fc.integer({ min: 0, max: 2 }),
} as const);

describe('compileHintModel()', () => {
	it('raises exactly the clauses whose sum over the distinct features of draftFeatures reaches the threshold, those between it and the lower threshold alongside, the leading clause when the breach model reaches its threshold, and doubts those below the veto', () => {
		const veto = fc.option(fc.integer({ min: -4, max: 2 }), { nil: undefined });
		fc.assert(
			fc.property(
				model,
				draft,
				fc.constantFrom(' ', '. ', ', '),
				context,
				veto,
				breachModel,
				(clauses, words, gap, ctx, below, breach) => {
					const hintModel = packHintModel({
						features: HINT_FEATURES,
						message: 'm',
						maxChars: 1000,
						clauses,
						...(below === undefined ? {} : { veto: below }),
						...(breach === undefined ? {} : { breach }),
					});
					const text = words.join(gap);
					const plain = createDraftViews(text).plain;
					const features = draftFeatures(plain.words, ctx);
					const sumWith = ({ bias, weights }: { bias: number; weights: [string, number][] }) => {
						const weightOf = new Map(weights);
						return features.reduce((sum, f) => sum + (weightOf.get(f) ?? 0), bias);
					};
					const sumOf = (clause: string) => sumWith(clauses[clause as keyof typeof clauses]);
					const expected = CLAUSES.filter(
						(clause) => sumOf(clause) >= clauses[clause as keyof typeof clauses].threshold,
					);
					// An alongside threshold above the threshold is no lower threshold: it adds nothing.
					const lower = CLAUSES.filter((clause) => {
						const { threshold, alongside } = clauses[clause as keyof typeof clauses];
						return alongside !== undefined && alongside <= sumOf(clause) && sumOf(clause) < threshold;
					});
					const scorer = compileHintModel(hintModel, { reputation: {}, consent: {}, affiliation: {} });
					const { hints, alongside, doubted, ...reading } = scorer.score(plain, ctx, text.length);
					expect(hints.map((h) => h.clause)).toEqual(expected);
					expect(alongside.map((h) => h.clause)).toEqual(lower);
					// With the breach model's score at its threshold: the clause furthest above (or least below) its
					// lower threshold, the first in id order on a tie.
					const margin = (clause: string) => {
						const { threshold, alongside: below = Infinity } = clauses[clause as keyof typeof clauses];
						return sumOf(clause) - Math.min(threshold, below);
					};
					const leading = CLAUSES.reduce((best, clause) => (margin(clause) > margin(best) ? clause : best));
					expect(reading.breach?.clause).toBe(
						breach && sumWith(breach) >= breach.threshold ? leading : undefined,
					);
					expect([...doubted]).toEqual(
						CLAUSES.filter((clause) => below !== undefined && sumOf(clause) < below),
					);
					for (const hint of [...hints, ...alongside, ...(reading.breach ? [reading.breach] : [])])
						expect(0 <= hint.start && hint.start <= hint.end && hint.end <= text.length).toBe(true);
				},
			),
			{ numRuns: 500 },
		);
	});

	it('refuses a model written for another feature set', () => {
		const odd = { features: 'chars/1', message: 'm', maxChars: 10, clauses: {} } as unknown as HintModel;
		expect(() => compileHintModel(odd, {})).toThrow('unknown feature set "chars/1"');
	});
});
