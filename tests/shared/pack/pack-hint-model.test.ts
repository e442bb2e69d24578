import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { HINT_FEATURES, hintModelSchema, type HintModelFile } from '../../../shared/pack/hint-model-schema';
import { canonicalJson } from '../../../shared/pack/canonical-json';
import { packHintModel, unpackHintModel } from '../../../shared/pack/pack-hint-model';

const FEATURES = ['rubbish', 'rubbish day', 'Zed', 'zed', 'é', '§images', '§surface:dm', 'a b', 'a'];
// JSON has no -0 (it reads back as 0): numbers without it.
const number = fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => x + 0);
const clause = fc.record({
	bias: number,
	threshold: number,
	alongside: fc.option(number, { nil: undefined }),
	weights: fc.uniqueArray(fc.tuple(fc.constantFrom(...FEATURES), number), {
		selector: ([feature]) => feature,
	}),
});
const breach = fc.option(
	clause.map(({ bias, threshold, weights }) => ({ bias, threshold, weights })),
	{ nil: undefined },
);
const file = fc
	.tuple(fc.record({ reputation: clause, consent: clause, offensive: clause }), breach)
	.map(([clauses, model]): HintModelFile => ({
		features: HINT_FEATURES,
		message: 'm',
		maxChars: 100,
		clauses,
		...(model ? { breach: model } : {}),
	}));

describe('packHintModel() and unpackHintModel()', () => {
	it('pack a model the pack schema accepts, and unpack it to the same weights per clause', () => {
		fc.assert(
			fc.property(file, (model) => {
				const packed = packHintModel(model);
				expect(hintModelSchema.safeParse(packed).success).toBe(true);
				const back = unpackHintModel(packed);
				for (const [id, { weights, ...thresholds }] of Object.entries(model.clauses)) {
					const { weights: _, ...backThresholds } = back.clauses[id]!;
					expect(backThresholds).toEqual(thresholds);
					expect(new Map(back.clauses[id]!.weights)).toEqual(new Map(weights));
				}
				if (model.breach) {
					expect(back.breach).toMatchObject({ bias: model.breach.bias, threshold: model.breach.threshold });
					expect(new Map(back.breach!.weights)).toEqual(new Map(model.breach.weights));
				} else expect(back.breach).toBeUndefined();
				expect(packHintModel(back)).toEqual(packed);
				// Published, the pack is canonical JSON (keys sorted): the clause numbers still hold.
				const published = hintModelSchema.parse(JSON.parse(canonicalJson(packed)));
				const republished = unpackHintModel(published);
				expect(republished.clauses).toEqual(back.clauses);
				expect(republished.breach).toEqual(back.breach);
			}),
		);
	});
});

describe('hintModelSchema (the packed model)', () => {
	const packed = () =>
		packHintModel({
			features: HINT_FEATURES,
			message: 'm',
			maxChars: 100,
			clauses: {
				offensive: {
					bias: 0,
					threshold: 1,
					weights: [
						['rubbish', 2],
						['awful', 1],
					],
				},
				harassment: { bias: 0, threshold: 1, weights: [['rubbish', 3]] },
			},
		});
	const refusal = (change: (model: ReturnType<typeof packed>) => void) => {
		const model = packed();
		change(model);
		const result = hintModelSchema.safeParse(model);
		return result.success ? undefined : result.error.issues.map((i) => [i.path.join('.'), i.message]);
	};

	it('accepts what packHintModel makes', () => expect(refusal(() => {})).toBeUndefined());
	it('refuses a vocabulary out of order, with a feature twice, or a malformed feature', () => {
		const where = 'features, each once, sorted by UTF-16 code unit';
		expect(refusal((m) => m.vocabulary.reverse())).toEqual([['vocabulary.1', where]]);
		expect(refusal((m) => (m.vocabulary[1] = 'awful'))).toEqual([['vocabulary.1', where]]);
		expect(refusal((m) => (m.vocabulary[0] = 'three words here'))).toEqual([['vocabulary.0', where]]);
	});
	it('refuses counts that do not fit the vocabulary or the weights', () => {
		expect(refusal((m) => m.weightCounts.pop())).toEqual([
			['weightCounts', 'one count per feature of the vocabulary'],
		]);
		expect(refusal((m) => (m.weightCounts[0] = 0))).toEqual([['weightCounts.0', 'a whole number above 0']]);
		expect(refusal((m) => (m.weightCounts[1] = 1))).toEqual([
			['weightValues', 'as many clause numbers and weights as the counts add up to (2)'],
		]);
	});
	it("refuses a clause number out of range or a feature's clause twice, and a weight that is not a number", () => {
		expect(refusal((m) => (m.weightClauses[0] = 2))).toEqual([
			['weightClauses.0', 'a clause number below 2'],
		]);
		expect(refusal((m) => (m.weightClauses[2] = 0))).toEqual([
			['weightClauses.2', "a feature's clauses, each once, in order"],
		]);
		expect(refusal((m) => (m.weightValues[1] = Number.NaN))).toEqual([['weightValues.1', 'a number']]);
	});
	it("numbers the breach model's weights one past the last clause, and only when it has one", () => {
		// "awful" weighted for clause number 2: the breach model's, so refused without one.
		expect(refusal((m) => (m.weightClauses[0] = 2))).toEqual([
			['weightClauses.0', 'a clause number below 2'],
		]);
		const breach = (clause: number) =>
			refusal((m) => {
				m.breach = { bias: 0, threshold: 1 };
				m.weightClauses[0] = clause;
			});
		expect(breach(2)).toBeUndefined();
		expect(breach(3)).toEqual([['weightClauses.0', 'a clause number below 3']]);
		const withBreach = packHintModel({
			features: HINT_FEATURES,
			message: 'm',
			maxChars: 100,
			clauses: { offensive: { bias: 0, threshold: 1, weights: [['rubbish', 2]] } },
			breach: {
				bias: -1,
				threshold: 0.5,
				weights: [
					['rubbish', 1],
					['awful', 3],
				],
			},
		});
		expect(withBreach).toMatchObject({
			breach: { bias: -1, threshold: 0.5 },
			vocabulary: ['awful', 'rubbish'],
			weightClauses: [1, 0, 1],
			weightValues: [3, 2, 1],
		});
	});
});
