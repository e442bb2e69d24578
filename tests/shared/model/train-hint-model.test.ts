import { describe, expect, it } from 'vitest';

import { trainHintModel, type TrainingDraft } from '../../../shared/model/train-hint-model';

const FILLER = [
	'lovely',
	'day',
	'out',
	'with',
	'the',
	'family',
	'sunny',
	'walk',
	'park',
	'coffee',
	'cake',
	'friends',
];

/** A synthetic corpus: drafts with "shambles" raise reputation; the rest are clean or raise consent once in a while. */
function corpus(size: number): TrainingDraft[] {
	return Array.from({ length: size }, (_, i) => {
		const words = [
			FILLER[i % FILLER.length]!,
			FILLER[(i * 7 + 3) % FILLER.length]!,
			FILLER[(i * 5 + 1) % FILLER.length]!,
		];
		if (i % 3 === 0)
			return { features: [...words, 'shambles', `${words[2]} shambles`], expect: ['reputation'] };
		if (i % 50 === 1) return { features: [...words, 'pupils'], expect: ['consent'] };
		return { features: words, expect: [] };
	});
}

describe('trainHintModel()', () => {
	it('learns a clause its examples share a word for, and gives that word the weight', () => {
		const { clauses, report } = trainHintModel(corpus(300), { clauses: ['reputation', 'consent'] });
		const reputation = clauses.reputation!;
		const weights = Object.fromEntries(reputation.weights);
		expect(weights.shambles).toBeGreaterThan(1);
		expect(Math.max(...FILLER.map((w) => weights[w] ?? 0))).toBeLessThan(weights.shambles!);
		const score = (features: string[]) =>
			features.reduce((sum, f) => sum + (weights[f] ?? 0), reputation.bias);
		const drafts = corpus(300);
		expect(
			drafts.filter((d) => d.expect.includes('reputation') && score([...d.features]) < reputation.threshold),
		).toEqual([]);
		expect(
			drafts.filter(
				(d) => !d.expect.includes('reputation') && score([...d.features]) >= reputation.threshold,
			),
		).toEqual([]);
		expect(score(['coffee', 'cake', 'walk'])).toBeLessThan(reputation.threshold);
		expect(report.find((r) => r.clause === 'reputation')).toMatchObject({
			positives: 100,
			modelled: true,
			clean: 0,
		});
		// Four drafts raise consent: too few to learn from.
		expect(clauses.consent).toBeUndefined();
		expect(report.find((r) => r.clause === 'consent')).toMatchObject({ positives: 4, modelled: false });
	});

	it('is reproducible: same drafts, same model', () => {
		const a = trainHintModel(corpus(200), { clauses: ['reputation'] });
		const b = trainHintModel(corpus(200), { clauses: ['reputation'] });
		expect(JSON.stringify(a)).toBe(JSON.stringify(b));
		const reseeded = trainHintModel(corpus(200), { clauses: ['reputation'], seed: 2 });
		expect(JSON.stringify(reseeded.clauses)).not.toBe(JSON.stringify(a.clauses));
	});

	it('keeps at most maxWeights weights per clause, the largest', () => {
		const { clauses } = trainHintModel(corpus(300), { clauses: ['reputation'], maxWeights: 3 });
		const weights = Object.fromEntries(clauses.reputation!.weights);
		expect(Object.keys(weights).length).toBeLessThanOrEqual(3);
		expect(weights.shambles).toBeGreaterThan(1);
	});

	it('leaves out a clause no threshold makes worth raising', () => {
		// The label is noise: the same words raise it or not, at random.
		const noisy = corpus(300).map((d, i) => ({
			features: d.features.filter((f) => !f.includes('shambles')),
			expect: (i * 37) % 5 === 0 ? ['reputation'] : [],
		}));
		const { clauses, report } = trainHintModel(noisy, { clauses: ['reputation'] });
		expect(clauses.reputation).toBeUndefined();
		expect(report[0]).toMatchObject({ modelled: false });
	});
});
