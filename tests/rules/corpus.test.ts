import path from 'node:path';

import { REPO_ROOT } from '../../shared/cli/resolve-pack';
import { describeCorpusAtThresholds } from './score-file';

// The development corpus beside the repository (corpus/README.md), held to the acceptance thresholds.
describeCorpusAtThresholds(
	'corpus ../shared/corpus/dev.jsonl',
	path.join(REPO_ROOT, '..', 'shared', 'corpus', 'dev.jsonl'),
	{ clean: 50, breaching: 100 },
);
