import { describe, expect, it } from 'vitest';

import { seededShuffle } from '../../../shared/model/seeded-shuffle';
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

	it('learns from partly labelled drafts (rule examples) for their clause only', () => {
		// Consent: drafts with "pupils" raise it, every seventh draft (not a multiple of the five folds).
		const drafts = corpus(300).map((d, i) =>
			i % 7 === 1 ? { features: [...d.features, 'pupils'], expect: [...d.expect, 'consent'] } : d,
		);
		// Examples of reputation that also say "pupils": not negatives for consent, which they may breach too.
		const examples = Array.from({ length: 60 }, () => ({
			features: ['kerfuffle', 'pupils'],
			expect: ['reputation'],
			partial: true,
		}));
		const options = { clauses: ['consent', 'reputation'] };
		const plain = trainHintModel(drafts, options);
		const taught = trainHintModel([...drafts, ...examples], options);
		expect(taught.clauses.consent).toEqual(plain.clauses.consent);
		expect(taught.report[0]).toEqual(plain.report[0]);
		expect(Object.fromEntries(taught.clauses.reputation!.weights).kerfuffle).toBeGreaterThan(0.5);
		// As whole drafts they would have counted against consent.
		const whole = trainHintModel([...drafts, ...examples.map(({ partial: _, ...d }) => d)], options);
		expect(whole.clauses.consent).not.toEqual(plain.clauses.consent);
	});

	it('picks a lower threshold (alongside) for drafts another clause flags, from the flagged drafts alone', () => {
		// Consent is raised alone by "pupils", and with reputation by "mr" + "shambles"; as many clean drafts say
		// "mr" + "shambles" too (a rule would flag the breaches, not these), so alone those words are no reason.
		const kinds = [
			{ extra: ['shambles'], expect: ['reputation'] },
			{ extra: ['mr', 'shambles'], expect: ['reputation', 'consent'] },
			{ extra: ['pupils'], expect: ['consent'] },
			{ extra: ['mr', 'shambles'], expect: [] },
			{ extra: [], expect: [] },
			{ extra: [], expect: [] },
		];
		const drafts = seededShuffle(
			Array.from({ length: 420 }, (_, i) => i),
			7,
		).map((r, i): TrainingDraft => {
			const kind = kinds[i % kinds.length]!;
			const words = [FILLER[r % 12]!, FILLER[Math.floor(r / 12) % 12]!];
			return { features: [...new Set([...words, ...kind.extra])], expect: kind.expect };
		});
		const { clauses, report } = trainHintModel(drafts, { clauses: ['consent'] });
		const consent = clauses.consent!;
		const weights = new Map(consent.weights);
		const score = (d: TrainingDraft) =>
			d.features.reduce((sum, f) => sum + (weights.get(f) ?? 0), consent.bias);
		expect(consent.alongside).toBeLessThan(consent.threshold);
		const [both, onlyReputation, cleanAlike] = [1, 0, 3].map((k) =>
			drafts.filter((_, i) => i % kinds.length === k),
		);
		expect(both!.every((d) => score(d) >= consent.alongside!)).toBe(true);
		expect(both!.every((d) => score(d) < consent.threshold)).toBe(true);
		expect(onlyReputation!.every((d) => score(d) < consent.alongside!)).toBe(true);
		expect(cleanAlike!.every((d) => score(d) < consent.threshold)).toBe(true);
		const row = report[0]!;
		expect(row.alongside).toBeCloseTo(consent.alongside!, 2);
		// Out of fold, between the two thresholds on flagged drafts: the drafts of both clauses, about.
		expect(row.alongsideRight).toBeGreaterThan(both!.length * 0.8);
		expect(row.alongsideWrong).toBeLessThan(onlyReputation!.length * 0.2);
		// Dearer wrong clauses, a lower threshold no lower; dear enough, not one wrong clause out of fold.
		const strict = trainHintModel(drafts, { clauses: ['consent'], alongsideCost: 4 }).clauses.consent!;
		expect(strict.alongside ?? strict.threshold).toBeGreaterThanOrEqual(consent.alongside!);
		const dear = trainHintModel(drafts, { clauses: ['consent'], alongsideCost: 1e6 }).report[0]!;
		expect(dear.alongsideWrong).toBe(0);
	});

	it('minimises the class-weighted log loss with L2 on every weight (C = 1): its gradient is near zero', () => {
		const drafts = corpus(300);
		drafts[0] = { ...drafts[0]!, features: [...drafts[0]!.features, 'once'] };
		const model = trainHintModel(drafts, { clauses: ['reputation'], minDrafts: 1 }).clauses.reputation!;
		const weights = new Map(model.weights);
		const positives = drafts.filter((d) => d.expect.includes('reputation')).length;
		const positiveWeight = Math.min(5, (drafts.length - positives) / positives);
		// d/dw of Σ cost × log loss + |w|² / 2: per feature, Σ cost × (σ(z) − y) over its drafts, plus w.
		const gradient = new Map<string, number>();
		for (const d of drafts) {
			const y = d.expect.includes('reputation') ? 1 : 0;
			const z = d.features.reduce((sum, f) => sum + (weights.get(f) ?? 0), model.bias);
			const residual = (1 / (1 + Math.exp(-z)) - y) * (y ? positiveWeight : 1);
			for (const f of new Set(d.features)) gradient.set(f, (gradient.get(f) ?? 0) + residual);
		}
		for (const [feature, sum] of gradient)
			expect(Math.abs(sum + (weights.get(feature) ?? 0)), feature).toBeLessThan(1);
	});
});
