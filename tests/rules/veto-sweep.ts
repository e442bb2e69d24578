// `npx tsx tests/rules/veto-sweep.ts [--veto=-4,-3,-2] [--pack DIR] FILE…`: the corpus figures of the pack with its hint
// model's veto at each value given (and with none), on labelled corpora the model was not trained on. How the veto
// of rules/hint-model.yaml was chosen (see rules/README.md, "The hint model"): a lower veto keeps more of the
// rules' findings, a higher one drops more false alarms and more right ones.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

import { checkCorpus, readCorpus } from '../../shared/cli/read-corpus';
import { compilePack } from '../../shared/engine/create-engine';
import { scoreCorpus } from '../../shared/eval/score-corpus';
import { loadValidPack } from '../harness/load-valid-pack';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { veto: { type: 'string', default: '-4,-3.5,-3,-2.5,-2,-1.5' }, pack: { type: 'string' } },
});
const vetoes = values.veto.split(',').map(Number);
if (positionals.length === 0 || vetoes.some((v) => !Number.isFinite(v)))
	throw new Error('usage: npx tsx tests/rules/veto-sweep.ts [--veto=-4,-3,-2] [--pack DIR] CORPUS.jsonl…');
const pack = await loadValidPack(values.pack);
if (!pack.model) throw new Error(`${values.pack ?? 'rules/'} has no hint model`);
const drafts = (await Promise.all(positionals.map((f) => readFile(f, 'utf8')))).flatMap(readCorpus);
const percent = (x: number) => (x * 100).toFixed(1).padStart(6);
console.log(`${drafts.length} drafts; the pack's own veto: ${pack.model.veto ?? 'none'}`);
console.log('  veto  detection  clause recall  precision  benign');
for (const veto of [undefined, ...vetoes]) {
	const score = scoreCorpus(checkCorpus(compilePack({ ...pack, model: { ...pack.model, veto } }), drafts));
	console.log(
		`${String(veto ?? 'none').padStart(6)}  ${percent(score.detectionRecall)}     ${percent(score.clauseRecall)}         ${percent(score.clausePrecision)}    ${percent(score.benignFlagRate)}`,
	);
}
