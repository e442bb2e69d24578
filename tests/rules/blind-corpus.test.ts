import path from 'node:path';

import { describeCorpusAtThresholds } from './score-file';

/** blind.jsonl was written without reading the rules or extra.jsonl: the closest stand-in for the held-out set. */
describeCorpusAtThresholds(
	'blind corpus (tests/rules/corpus/blind.jsonl, written blind to the rules)',
	path.resolve(import.meta.dirname, 'corpus/blind.jsonl'),
	{ clean: 80, breaching: 120 },
);
