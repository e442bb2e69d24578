import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Document, isScalar, parseDocument, visit } from 'yaml';

import { createDraftViews } from '../../engine/normalize/pipeline';
import { draftFeatures, type HintContext } from '../../engine/hint-model/hint-features';
import { exampleContext } from '../../eval/run-examples';
import { trainHintModel, type TrainingDraft } from '../../model/train-hint-model';
import { loadPackDir } from '../../pack/load-pack-dir';
import { formatIssue } from '../../pack/pack-issue';
import { countWeights, HINT_FEATURES, type HintModelFile } from '../../pack/hint-model-schema';
import { CLAUSE_IDS } from '../../policy/clause-id';
import { readCorpus } from '../read-corpus';
import { readPackFiles } from '../read-pack-files';

export const trainUsage =
	"train --out FILE [--examples PACK_DIR [--veto N [--veto-except CLAUSE,…]]] [--max-weights N] [--clean-cost N] [--alongside-cost N] CORPUS.jsonl…   learn the hint model (hint-model.yaml) from labelled corpora (and the flag examples of a pack's rules)";

/** The breach model's row in the training report. */
const BREACH = '(breach: any clause)';

const DEFAULT_MESSAGE =
	'Worded like drafts a reviewer would raise under “{title}”. No single phrase decides it: read it once more with this clause in mind.';

/**
 * `rules train --out rules/hint-model.yaml CORPUS…`: trains the hint model on labelled drafts and writes it
 * as pack data. Same corpora, same model: training is seeded. Keeps the `message` of an existing file.
 * Prints out-of-fold figures per clause to stderr.
 */
export async function trainCommand(argv: string[]): Promise<number> {
	let values: {
		out?: string;
		examples?: string;
		veto?: string;
		'veto-except'?: string;
		'max-weights'?: string;
		'clean-cost'?: string;
		'alongside-cost'?: string;
	};
	let positionals: string[];
	try {
		({ values, positionals } = parseArgs({
			args: argv,
			allowPositionals: true,
			options: {
				out: { type: 'string' },
				examples: { type: 'string' },
				veto: { type: 'string' },
				'veto-except': { type: 'string' },
				'max-weights': { type: 'string' },
				'clean-cost': { type: 'string' },
				'alongside-cost': { type: 'string' },
			},
		}));
	} catch (error) {
		console.error(`${(error as Error).message}\nusage: rules ${trainUsage}`);
		return 2;
	}
	const maxWeights = values['max-weights'] === undefined ? undefined : Number(values['max-weights']);
	const cleanCost = values['clean-cost'] === undefined ? undefined : Number(values['clean-cost']);
	const alongsideCost = values['alongside-cost'] === undefined ? undefined : Number(values['alongside-cost']);
	const veto = values.veto === undefined ? undefined : Number(values.veto);
	const bad =
		(maxWeights !== undefined && !(Number.isInteger(maxWeights) && maxWeights > 0)) ||
		(cleanCost !== undefined && !(cleanCost >= 0)) ||
		(alongsideCost !== undefined && !(alongsideCost >= 0)) ||
		(veto !== undefined && !(Number.isFinite(veto) && values.examples));
	if (!values.out || positionals.length === 0 || bad) {
		console.error(
			`${bad ? 'train: --max-weights takes a whole number above 0, --clean-cost and --alongside-cost numbers of 0 or more, --veto a number (with --examples)\n' : ''}usage: rules ${trainUsage}`,
		);
		return 2;
	}
	const drafts = [];
	for (const file of positionals) {
		try {
			drafts.push(...readCorpus(await readFile(file, 'utf8')));
		} catch (error) {
			console.error(`train: ${file}: ${(error as Error).message}`);
			return 1;
		}
	}
	const featuresOf = (text: string, context: HintContext) =>
		draftFeatures(createDraftViews(text).plain.words, context);
	const training: TrainingDraft[] = drafts.map((d) => ({
		features: featuresOf(d.text, d),
		expect: d.expect,
	}));
	let examples = 0;
	const vetoRules: string[] = [];
	const spared = new Set(values['veto-except']?.split(','));
	if (values.examples) {
		// Without its hint model: the one being replaced may be stale or of an older format.
		const files = (await readPackFiles(values.examples)).filter((f) => f.path !== 'hint-model.yaml');
		const { pack, issues } = loadPackDir(files);
		if (!pack) {
			for (const issue of issues) console.error(formatIssue(issue));
			return 1;
		}
		// What the rules' authors wrote as breaches: the model learns them too, so it does not doubt them.
		for (const rule of pack.rules) {
			// The veto may overrule a rule whose examples the model learned, unless its clause is spared; never a
			// context rule, raised by where or when a draft is written (every recommendation is a reference), not by
			// its words, which are all the model reads.
			if (rule.examples.flag.length > 0 && !spared.has(rule.clause) && rule.kind !== 'context')
				vetoRules.push(rule.id);
			for (const example of rule.examples.flag) {
				const text = typeof example === 'string' ? example : example.text;
				training.push({
					features: featuresOf(text, exampleContext(rule, example)),
					expect: [rule.clause],
					partial: true,
				});
				examples++;
			}
		}
	}
	const clauses = CLAUSE_IDS.filter((id) => id !== 'working-time' && id !== 'work-email');
	const options = {
		...(maxWeights === undefined ? {} : { maxWeights }),
		...(cleanCost === undefined ? {} : { cleanCost }),
		...(alongsideCost === undefined ? {} : { alongsideCost }),
	};
	const { clauses: models, report } = trainHintModel(training, { clauses, ...options });
	// The breach model: any clause at all against none (a rule's example breaches its clause, so it is one too).
	const anyClause = training.map((d) => ({ ...d, expect: d.expect.length > 0 ? [BREACH] : [] }));
	const { clauses: breachModels, report: breachReport } = trainHintModel(anyClause, {
		clauses: [BREACH],
		...options,
	});
	const breach = breachModels[BREACH];
	const previous = await readFile(values.out, 'utf8').catch(() => undefined);
	const kept = previous ? (parseDocument(previous).get('message') as unknown) : undefined;
	const longest = Math.max(...drafts.map((d) => d.text.length));
	const model: HintModelFile = {
		features: HINT_FEATURES,
		message: typeof kept === 'string' ? kept : DEFAULT_MESSAGE,
		// Half as long again as the longest draft it learned from; beyond that its sums mean little.
		maxChars: Math.ceil((longest * 1.5) / 100) * 100,
		trainedOn: {
			drafts: drafts.length,
			corpora: positionals.map((f) => path.basename(f)),
			...(values.examples ? { examples } : {}),
		},
		...(veto === undefined ? {} : { veto, vetoRules: vetoRules.sort() }),
		clauses: models,
		...(breach
			? { breach: { bias: breach.bias, threshold: breach.threshold, weights: breach.weights } }
			: {}),
	};
	const header =
		'# Generated by `npm run model` (rules train): do not edit by hand, except `message`.\n' +
		'# A linear model per clause, and one of any clause at all (breach); see rules/README.md "The hint model".\n';
	const doc = new Document(model);
	// One [feature, weight] pair a line.
	visit(doc, {
		Seq(_, node) {
			if (node.items.length === 2 && node.items.every((item) => isScalar(item))) node.flow = true;
		},
	});
	await writeFile(
		values.out,
		header + doc.toString({ lineWidth: 0, singleQuote: true, flowCollectionPadding: false }),
	);
	console.error(
		'clause                positives  threshold  right  wrong  clean  alongside  +right  +wrong (out of fold)',
	);
	const cell = (value: number, width: number) => String(value).padStart(width);
	for (const row of [...report, ...breachReport])
		console.error(
			`${row.clause.padEnd(22)}${cell(row.positives, 9)}  ${
				row.modelled ? row.threshold.toFixed(3).padStart(9) : '        —'
			}  ${cell(row.right, 5)}  ${cell(row.wrong, 5)}  ${cell(row.clean, 5)}  ${
				row.modelled && row.clause !== BREACH ? row.alongside.toFixed(3).padStart(9) : '        —'
			}  ${cell(row.alongsideRight, 6)}  ${cell(row.alongsideWrong, 6)}`,
		);
	console.error(
		`train: ${drafts.length} drafts${values.examples ? ` and ${examples} rule examples` : ''}, ${Object.keys(models).length} clauses modelled${breach ? ' and the breach model' : ''}, ${countWeights(models) + (breach?.weights.length ?? 0)} weights → ${values.out}`,
	);
	return 0;
}
