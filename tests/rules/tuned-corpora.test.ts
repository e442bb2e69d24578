import path from 'node:path';

import { describeCorpusAtThresholds } from './score-file';

/**
 * blind3, blind5 and blind6 were written without reading the rules, then tuned on (blind3 scored
 * 76.9/54.1/90.5/11.5 before any tuning; blind5 and blind6 85.5 and 73.1 clause recall when first run,
 * with tuning already under way); blind9, blind10, blind12, blind13, blind15 and blind16 (57–71% clause
 * recall when first run), then blind17 and blind18 (held out until the fifth round, at 73.8 and 73.5),
 * joined them once tuning had them at every threshold, as did blind29 (held out until the eighth round, at
 * 73.4). They now guard against regressions; they no longer measure generalisation. blind4, blind7, blind8, blind11 and blind14 are tuning data still short of a
 * threshold (one to five clauses under 80%), scored by `npx tsx tests/rules/corpus-report.ts`.
 */
for (const name of [
	'blind3',
	'blind5',
	'blind6',
	'blind9',
	'blind10',
	'blind12',
	'blind13',
	'blind15',
	'blind16',
	'blind17',
	'blind18',
	'blind29',
])
	describeCorpusAtThresholds(
		`${name} corpus (tests/rules/corpus/${name}.jsonl, written blind to the rules, then tuned on)`,
		path.resolve(import.meta.dirname, `corpus/${name}.jsonl`),
		{ clean: 90, breaching: 140 },
	);
