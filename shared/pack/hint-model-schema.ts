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
 * 20 ms to every worker start. Each bad pair is an issue at its own index (so at its own line).
 */
const weightList = z
	.custom<[string, number][]>(Array.isArray, 'a list of [feature, weight] pairs')
	.superRefine((pairs, ctx) => {
		for (let i = 0; i < pairs.length; i++) {
			const pair: unknown = pairs[i];
			if (!Array.isArray(pair) || pair.length !== 2 || !isHintFeature(pair[0]) || !Number.isFinite(pair[1]))
				ctx.addIssue({
					code: 'custom',
					path: [i],
					message:
						'a pair [feature, weight]: a feature is a word, two words, §surface:<s>, §platform:<p> or §images; a weight is a number',
				});
		}
	});

const clauseModel = z.strictObject({
	bias: z.number(),
	threshold: z.number().describe('a finding when bias + the weights of the features present reach this'),
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

/**
 * hint-model.yaml: a linear model per clause, learned from labelled drafts by `rules train`. It raises a
 * clause no rule raised when a draft is worded like drafts that raise it; data, signed with the pack.
 */
export const hintModelSchema = z.strictObject({
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
	clauses: z.record(z.string(), clauseModel),
});
export type HintModel = z.infer<typeof hintModelSchema>;
