import { z } from 'zod';

/** The feature set a hint model is written for; the engine refuses a model written for another. */
export const HINT_FEATURES = 'words+bigrams/1';

/**
 * A feature: a word ("pupil"), two neighbouring words ("year 6"), or a context marker ("§surface:dm",
 * "§platform:x", "§images"). Words are the engine's plain view: lower case, NFKC, look-alikes resolved.
 */
const FEATURE = /^(?:[^\s§]+(?: [^\s§]+)?|§surface:[a-z-]+|§platform:[a-z]+|§images)$/;

/** True for a well-formed feature. */
export function isHintFeature(value: unknown): value is string {
	return typeof value === 'string' && FEATURE.test(value);
}

/**
 * [feature, weight] pairs, checked in one plain loop: 18,000 of them through zod's tuple schema added about
 * 20 ms to every worker start. Each bad pair is an issue at its own index (so at its own line), and so is a
 * feature weighted twice.
 */
const weightList = z
	.custom<[string, number][]>(Array.isArray, 'a list of [feature, weight] pairs')
	.superRefine((pairs, ctx) => {
		const seen = new Set<string>();
		for (let i = 0; i < pairs.length; i++) {
			const pair: unknown = pairs[i];
			if (!Array.isArray(pair) || pair.length !== 2 || !isHintFeature(pair[0]) || !Number.isFinite(pair[1]))
				ctx.addIssue({
					code: 'custom',
					path: [i],
					message:
						'a pair [feature, weight]: a feature is a word, two words, §surface:<s>, §platform:<p> or §images; a weight is a number',
				});
			else if (seen.has(pair[0]))
				ctx.addIssue({ code: 'custom', path: [i], message: `"${pair[0]}" is weighted twice` });
			else seen.add(pair[0]);
		}
	});

/** What every linear model of the file has besides its weights: a clause's, and the breach model's. */
const linearHead = {
	bias: z.number(),
	threshold: z.number().describe('a finding when bias + the weights of the features present reach this'),
};

const clauseThresholds = {
	...linearHead,
	alongside: z
		.number()
		.optional()
		.describe('a lower threshold, for a draft that raises another clause anyway (a rule or a hint did)'),
};

const clauseModel = z.strictObject({
	...clauseThresholds,
	weights: weightList.describe(
		'[feature, weight] pairs, strongest first; a list, so a worker start reads it fast',
	),
});
export type ClauseHintModel = z.infer<typeof clauseModel>;

/** How many weights the clauses of a model hold in all. @example countWeights(model.clauses) === 54000 */
export function countWeights(clauses: Readonly<Record<string, ClauseHintModel>>): number {
	let total = 0;
	for (const clause of Object.values(clauses)) total += clause.weights.length;
	return total;
}

const modelHead = {
	features: z.literal(HINT_FEATURES),
	message: z.string().min(1).describe('what a hint says; {title} is the clause title'),
	maxChars: z.int().min(1).describe('longer drafts are beyond what the model learned from: not scored'),
	trainedOn: z
		.strictObject({
			drafts: z.int().min(0),
			corpora: z.array(z.string()),
			examples: z.int().min(0).optional().describe('rule examples learned from too'),
		})
		.optional(),
	veto: z
		.number()
		.optional()
		.describe("a finding of one of vetoRules is dropped when the draft's score for its clause is below this"),
	vetoRules: z
		.array(z.string())
		.optional()
		.describe(
			'the rules the veto may overrule: those whose examples the model learned (a rule added since is never doubted)',
		),
};

const BREACH =
	'whether a draft breaches any clause at all: on a draft nothing else raised, at this threshold the clause it reads most like is hinted';

/**
 * hint-model.yaml: a linear model per clause, learned from labelled drafts by `rules train`. It raises a
 * clause no rule raised when a draft is worded like drafts that raise it; data, signed with the pack.
 * The built pack carries it as `hintModelSchema` (see pack-hint-model.ts).
 */
export const hintModelFileSchema = z.strictObject({
	...modelHead,
	clauses: z.record(z.string(), clauseModel),
	breach: z
		.strictObject({ ...linearHead, weights: weightList })
		.optional()
		.describe(BREACH),
});
export type HintModelFile = z.infer<typeof hintModelFileSchema>;

const numbers = (what: string) => z.custom<number[]>(Array.isArray, `a list of ${what}`);

/**
 * The hint model as the built pack carries it: every feature once, in one sorted vocabulary, and its weights
 * in flat lists, so a worker start turns them into typed arrays without reading a feature (a check finds a
 * word by binary search). Made from hint-model.yaml by `packHintModel`.
 */
export const hintModelSchema = z
	.strictObject({
		...modelHead,
		clauses: z
			.record(z.string(), z.strictObject(clauseThresholds))
			.describe(
				'bias and thresholds per clause; clauses are numbered in the order of their ids (hintModelClauses)',
			),
		breach: z.strictObject(linearHead).optional().describe(BREACH),
		vocabulary: z
			.custom<string[]>(Array.isArray, 'a list of features')
			.describe('every weighted feature once, sorted by UTF-16 code unit'),
		weightCounts: numbers('counts').describe('how many weights each feature of the vocabulary has'),
		weightClauses: numbers('clause numbers').describe(
			'per weight, feature by feature: its clause number (one past the last clause: the breach model)',
		),
		weightValues: numbers('weights').describe('per weight, feature by feature: its value'),
	})
	.superRefine((model, ctx) => {
		const issue = (path: (string | number)[], message: string) =>
			ctx.addIssue({ code: 'custom', path, message });
		const { vocabulary, weightCounts, weightClauses, weightValues } = model;
		for (let i = 0; i < vocabulary.length; i++)
			if (!isHintFeature(vocabulary[i]) || (i > 0 && !(vocabulary[i - 1]! < vocabulary[i]!)))
				return issue(['vocabulary', i], 'features, each once, sorted by UTF-16 code unit');
		if (weightCounts.length !== vocabulary.length)
			return issue(['weightCounts'], 'one count per feature of the vocabulary');
		// The breach model's weights are numbered one past the last clause.
		const clauses = Object.keys(model.clauses).length + (model.breach ? 1 : 0);
		let at = 0;
		for (let f = 0; f < weightCounts.length; f++) {
			const count = weightCounts[f];
			if (!Number.isInteger(count) || count! < 1) return issue(['weightCounts', f], 'a whole number above 0');
			for (let end = at + count!; at < end; at++) {
				const clause = weightClauses[at];
				if (!Number.isInteger(clause) || clause! < 0 || clause! >= clauses)
					return issue(['weightClauses', at], `a clause number below ${clauses}`);
				if (at > end - count! && !(weightClauses[at - 1]! < clause!))
					return issue(['weightClauses', at], "a feature's clauses, each once, in order");
				if (!Number.isFinite(weightValues[at])) return issue(['weightValues', at], 'a number');
			}
		}
		if (weightClauses.length !== at || weightValues.length !== at)
			issue(['weightValues'], `as many clause numbers and weights as the counts add up to (${at})`);
	});
export type HintModel = z.infer<typeof hintModelSchema>;
