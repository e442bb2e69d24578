import path from 'node:path';

import { describeCorpusAtThresholds } from './score-file';

describeCorpusAtThresholds(
	'extra corpus (tests/rules/corpus/extra.jsonl, written apart from dev)',
	path.resolve(import.meta.dirname, 'corpus/extra.jsonl'),
	{ clean: 50, breaching: 100 },
);
