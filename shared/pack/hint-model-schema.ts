import { z } from 'zod';

/** The feature set a hint model is written for; the engine refuses a model written for another. */
export const HINT_FEATURES = 'words+bigrams/1';

/**
 * A feature: a word ("pupil"), two neighbouring words ("year 6"), or a context marker ("§surface:dm",
 * "§platform:x", "§images"). Words are the engine's plain view: lower case, NFKC, look-alikes resolved.
 */
export const hintFeature = z
	.string()
	.regex(
		/^(?:[^\s§]+(?: [^\s§]+)?|§surface:[a-z-]+|§platform:[a-z]+|§images)$/,
		'a feature is a word, two words, §surface:<s>, §platform:<p> or §images',
	);

const clauseModel = z.strictObject({
	bias: z.number(),
	threshold: z.number().describe('a finding when bias + the weights of the features present reach this'),
	weights: z.record(hintFeature, z.number()),
});
export type ClauseHintModel = z.infer<typeof clauseModel>;

/**
 * hint-model.yaml: a linear model per clause, learned from labelled drafts by `rules train`. It raises a
 * clause no rule raised when a draft is worded like drafts that raise it; data, signed with the pack.
 */
export const hintModelSchema = z.strictObject({
	features: z.literal(HINT_FEATURES),
	message: z.string().min(1).describe('what a hint says; {title} is the clause title'),
	maxChars: z.int().min(1).describe('longer drafts are beyond what the model learned from: not scored'),
	trainedOn: z.strictObject({ drafts: z.int().min(0), corpora: z.array(z.string()) }).optional(),
	clauses: z.record(z.string(), clauseModel),
});
export type HintModel = z.infer<typeof hintModelSchema>;
