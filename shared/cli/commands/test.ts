import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { compilePack } from '../../engine/create-engine';
import { runExamples } from '../../eval/run-examples';
import { scoreCorpus } from '../../eval/score-corpus';
import { formatIssue } from '../../pack/pack-issue';
import { REPO_ROOT, resolvePack } from '../resolve-pack';
import { checkCorpus, readCorpus } from '../read-corpus';

export const testUsage = 'test DIR [--corpus FILE]         run every rule example, then score the corpus';

/**
 * `rules test DIR`: runs every rule's examples (failures as `file:line: rule: …`), then scores the corpus
 * (../shared/corpus/dev.jsonl beside the repository, or --corpus FILE). Exit 1 if an example fails.
 */
export async function testCommand(argv: string[]): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({ args: argv, allowPositionals: true, options: { corpus: { type: 'string' } } });
	} catch (error) {
		console.error(`${(error as Error).message}\nusage: rules ${testUsage}`);
		return 2;
	}
	const { positionals, values } = parsed;
	if (positionals.length !== 1) {
		console.error(`usage: rules ${testUsage}`);
		return 2;
	}
	const dir = positionals[0]!;
	const { pack, issues, sources } = await resolvePack(path.resolve(dir));
	if (!pack) {
		for (const issue of issues) console.log(path.join(dir, formatIssue(issue)));
		return 1;
	}
	const engine = compilePack(pack);
	const results = runExamples(engine, pack, sources);
	const failures = results.filter((result) => !result.ok);
	for (const f of failures)
		console.log(
			`${path.join(dir, f.file)}:${f.line}: ${f.rule}: ${f.expectation} example "${f.text}": ${f.problem}`,
		);
	console.log(`examples: ${results.length - failures.length}/${results.length} passed`);

	const corpusFile = values.corpus ?? path.join(REPO_ROOT, '..', 'shared', 'corpus', 'dev.jsonl');
	if (values.corpus || existsSync(corpusFile)) {
		const corpus = readCorpus(await readFile(corpusFile, 'utf8'));
		const score = scoreCorpus(checkCorpus(engine, corpus));
		const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
		console.log(
			`corpus ${path.basename(corpusFile)} (${score.drafts} drafts): detection recall ${pct(score.detectionRecall)}, clause recall ${pct(score.clauseRecall)}, clause precision ${pct(score.clausePrecision)}, benign flag rate ${pct(score.benignFlagRate)}`,
		);
		for (const [clause, s] of Object.entries(score.perClause))
			console.log(
				`  ${clause.padEnd(20)} recall ${pct(s.recall).padStart(6)} (${s.found}/${s.expected}), unexpected ${s.falsePositives}`,
			);
	}
	return failures.length > 0 ? 1 : 0;
}
