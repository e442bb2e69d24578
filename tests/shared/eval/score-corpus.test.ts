import { describe, expect, it } from 'vitest';

import { scoreCorpus } from '../../../shared/eval/score-corpus';

describe('scoreCorpus()', () => {
	it('computes the four metrics of corpus/README.md and recall per clause', () => {
		const score = scoreCorpus([
			{ expect: ['offensive', 'reputation'], found: ['offensive'] },
			{ expect: ['consent'], found: ['brand'] },
			{ expect: [], found: [] },
			{ expect: [], found: ['affiliation', 'working-time'] },
		]);
		expect(score).toMatchObject({
			drafts: 4,
			detectionRecall: 0.5,
			clauseRecall: 1 / 3,
			clausePrecision: 0.5,
			benignFlagRate: 0.5,
		});
		expect(score.perClause.reputation).toMatchObject({ expected: 1, found: 0, recall: 0 });
		expect(score.perClause.brand?.falsePositives).toBe(1);
		expect(score.perClause['working-time']).toBeUndefined();
	});
});
