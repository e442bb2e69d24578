// `npx tsx tests/rules/corpus-report.ts [--clause ID] [--misses] FILE…`: scores rules/ on labelled corpora
// and, with --misses, lists each missed clause and each unexpected one with the rule that raised it and
// the words it flagged. For tuning the pack; the thresholds themselves are enforced by the corpus tests.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { readCorpus } from '../../shared/cli/read-corpus';
import { compilePack } from '../../shared/engine/create-engine';
import { scoreCorpus } from '../../shared/eval/score-corpus';
import { loadValidPack } from '../harness/load-valid-pack';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { clause: { type: 'string' }, misses: { type: 'boolean', default: false } },
});
const pack = await loadValidPack();
const engine = compilePack(pack);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

for (const file of positionals) {
	const drafts = readCorpus(await readFile(file, 'utf8'));
	const scored = drafts.map((d) => {
		const findings = engine
			.check(d.text, { platform: d.platform, surface: d.surface, images: d.images })
			.filter((f) => f.clause !== 'working-time');
		return { draft: d, findings, expect: d.expect, found: [...new Set(findings.map((f) => f.clause))] };
	});
	const score = scoreCorpus(scored);
	console.log(
		`${path.basename(file)} (${score.drafts}): detection ${pct(score.detectionRecall)}, clause recall ${pct(score.clauseRecall)}, precision ${pct(score.clausePrecision)}, benign ${pct(score.benignFlagRate)}`,
	);
	for (const [clause, s] of Object.entries(score.perClause))
		if (!values.clause || values.clause === clause)
			console.log(
				`  ${clause.padEnd(20)} ${pct(s.recall).padStart(6)} (${s.found}/${s.expected}), unexpected ${s.falsePositives}`,
			);
	if (!values.misses) continue;
	for (const { draft, findings, found } of scored) {
		const missed = draft.expect.filter((c) => !found.includes(c) && (!values.clause || c === values.clause));
		const extra = findings.filter(
			(f) => !draft.expect.includes(f.clause) && (!values.clause || f.clause === values.clause),
		);
		if (missed.length === 0 && extra.length === 0) continue;
		console.log(
			`\n${draft.id} [${draft.platform}/${draft.surface}, ${draft.images} img] ${JSON.stringify(draft.text)}`,
		);
		console.log(`  expect: ${draft.expect.join(', ') || '(clean)'}   why: ${String(draft.why ?? '')}`);
		if (missed.length > 0) console.log(`  MISSED: ${missed.join(', ')}`);
		for (const f of extra)
			console.log(`  UNEXPECTED ${f.clause} by ${f.rule}: "${draft.text.slice(f.start, f.end)}"`);
	}
}
