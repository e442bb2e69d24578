/** One scored draft: the clauses a reviewer expects and the distinct clauses the checker raised. */
export interface ScoredDraft {
	expect: readonly string[];
	found: readonly string[];
}

/** The corpus metrics of corpus/README.md, plus recall per clause. */
export interface CorpusScore {
	drafts: number;
	detectionRecall: number;
	clauseRecall: number;
	clausePrecision: number;
	benignFlagRate: number;
	perClause: Record<string, { expected: number; found: number; recall: number; falsePositives: number }>;
}

/**
 * Scores a run as corpus/README.md defines it: detection recall, clause recall and clause precision on the
 * drafts that expect something, benign flag rate on the clean ones. `working-time` is never scored.
 * @example scoreCorpus([{ expect: ['offensive'], found: ['offensive'] }]).clauseRecall === 1
 */
export function scoreCorpus(drafts: readonly ScoredDraft[]): CorpusScore {
	let positives = 0;
	let detected = 0;
	let expectedPairs = 0;
	let foundExpected = 0;
	let foundOnPositives = 0;
	let negatives = 0;
	let flaggedNegatives = 0;
	const perClause: CorpusScore['perClause'] = {};
	const clause = (id: string) => (perClause[id] ??= { expected: 0, found: 0, recall: 0, falsePositives: 0 });
	for (const draft of drafts) {
		const found = new Set(draft.found.filter((id) => id !== 'working-time'));
		const expect = new Set(draft.expect);
		for (const id of found) if (!expect.has(id)) clause(id).falsePositives++;
		if (expect.size === 0) {
			negatives++;
			if (found.size > 0) flaggedNegatives++;
			continue;
		}
		positives++;
		const hits = [...expect].filter((id) => found.has(id));
		if (hits.length > 0) detected++;
		expectedPairs += expect.size;
		foundExpected += hits.length;
		foundOnPositives += found.size;
		for (const id of expect) {
			clause(id).expected++;
			if (found.has(id)) clause(id).found++;
		}
	}
	for (const entry of Object.values(perClause))
		entry.recall = entry.expected === 0 ? 1 : entry.found / entry.expected;
	const ratio = (a: number, b: number, empty: number) => (b === 0 ? empty : a / b);
	return {
		drafts: drafts.length,
		detectionRecall: ratio(detected, positives, 1),
		clauseRecall: ratio(foundExpected, expectedPairs, 1),
		clausePrecision: ratio(foundExpected, foundOnPositives, 1),
		benignFlagRate: ratio(flaggedNegatives, negatives, 0),
		perClause: Object.fromEntries(Object.entries(perClause).sort(([a], [b]) => (a < b ? -1 : 1))),
	};
}
