import { readFile } from 'node:fs/promises';

import { beforeAll, describe, expect, it } from 'vitest';

import { checkCorpus, readCorpus } from '../../shared/cli/read-corpus';
import { compilePack } from '../../shared/engine/create-engine';
import { scoreCorpus, type CorpusScore } from '../../shared/eval/score-corpus';
import { loadValidPack } from '../harness/load-valid-pack';

/** The acceptance thresholds of the held-out corpus, applied to our own held-out-style drafts. */
export const THRESHOLDS = {
	detectionRecall: 0.95,
	clauseRecall: 0.9,
	perClauseRecall: 0.8,
	clausePrecision: 0.85,
	benignFlagRate: 0.03,
};

/** Declares a suite that scores the pack on a corpus file and holds it to THRESHOLDS. */
export function describeCorpusAtThresholds(
	title: string,
	file: string,
	minimum: { clean: number; breaching: number },
): void {
	describe(title, () => {
		let score: CorpusScore;
		beforeAll(async () => {
			const pack = await loadValidPack();
			const drafts = readCorpus(await readFile(file, 'utf8'));
			score = scoreCorpus(checkCorpus(compilePack(pack), drafts));
		});

		it('has ids, clauses and both kinds of draft', async () => {
			const drafts = readCorpus(await readFile(file, 'utf8'));
			expect(new Set(drafts.map((d) => d.id)).size).toBe(drafts.length);
			expect(drafts.filter((d) => d.expect.length === 0).length).toBeGreaterThan(minimum.clean);
			expect(drafts.filter((d) => d.expect.length > 0).length).toBeGreaterThan(minimum.breaching);
		});

		it(`detection recall ≥ ${THRESHOLDS.detectionRecall}`, () => {
			expect(score.detectionRecall).toBeGreaterThanOrEqual(THRESHOLDS.detectionRecall);
		});
		it(`clause recall ≥ ${THRESHOLDS.clauseRecall}`, () => {
			expect(score.clauseRecall).toBeGreaterThanOrEqual(THRESHOLDS.clauseRecall);
		});
		it(`every clause's recall ≥ ${THRESHOLDS.perClauseRecall}`, () => {
			const low = Object.entries(score.perClause)
				.filter(([, s]) => s.expected > 0 && s.recall < THRESHOLDS.perClauseRecall)
				.map(([clause, s]) => `${clause} ${s.found}/${s.expected}`);
			expect(low).toEqual([]);
		});
		it(`clause precision ≥ ${THRESHOLDS.clausePrecision}`, () => {
			expect(score.clausePrecision).toBeGreaterThanOrEqual(THRESHOLDS.clausePrecision);
		});
		it(`benign flag rate ≤ ${THRESHOLDS.benignFlagRate}`, () => {
			expect(score.benignFlagRate).toBeLessThanOrEqual(THRESHOLDS.benignFlagRate);
		});
	});
}
