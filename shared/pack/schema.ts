import { z } from 'zod';
import { platformSchema, surfaceSchema, workingHoursSchema } from '../engine/context';
import { hintModelSchema } from './hint-model-schema';
import { indexMismatch, lexiconIndexSchema } from './lexicon-index-schema';
import { packLexicons } from './pack-lexicons';

/** How strongly a finding is worded; the extension never blocks, whatever the severity. */
export const severitySchema = z.enum(['info', 'warn', 'strong']);
export type Severity = z.infer<typeof severitySchema>;

/** A non-empty list of terms (a rule's terms, a lexicon). */
export const termList = z.array(z.string().trim().min(1)).min(1);

/** Conditions on the check context; every condition given must hold. */
export const whenSchema = z.strictObject({
	public: z.boolean().optional(),
	surfaces: z.array(surfaceSchema).min(1).optional(),
	notSurfaces: z.array(surfaceSchema).min(1).optional(),
	platforms: z.array(platformSchema).min(1).optional(),
	minImages: z.int().min(0).optional(),
	maxImages: z.int().min(0).optional(),
});
export type When = z.infer<typeof whenSchema>;

const exampleSchema = z.union([
	z.string(),
	z.strictObject({
		text: z.string(),
		surface: surfaceSchema.optional(),
		platform: platformSchema.optional(),
		images: z.int().min(0).optional(),
		time: z.iso.datetime({ offset: true, local: true }).optional(),
		match: z.string().optional().describe('flag examples: the flagged words'),
	}),
]);
export type Example = z.infer<typeof exampleSchema>;

const ruleBase = {
	id: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'a rule id is <clause>/<slug>'),
	clause: z.string(),
	severity: severitySchema.optional(),
	message: z.string().min(1).optional(),
	when: whenSchema.optional(),
	description: z.string().optional(),
	note: z.string().optional(),
	exceptions: termList.optional(),
	evasion: z.boolean().optional(),
	examples: z
		.strictObject({ flag: z.array(exampleSchema).default([]), allow: z.array(exampleSchema).default([]) })
		.default({ flag: [], allow: [] }),
};

/** Terms that, anywhere in the draft, keep a rule quiet ("my son's school": not the writer's workplace). */
const quietUnless = {
	unless: termList
		.optional()
		.describe('terms that, anywhere in the draft, keep the rule quiet (the draft is about something else)'),
};

const phrasesRule = z.strictObject({
	...ruleBase,
	...quietUnless,
	kind: z.literal('phrases'),
	terms: termList,
});
const patternRule = z.strictObject({
	...ruleBase,
	...quietUnless,
	kind: z.literal('pattern'),
	pattern: z.string().min(1),
	flags: z
		.string()
		.regex(/^(?!.*(.).*\1)[iu]*$/, 'flags: only i and u')
		.optional(),
});
/** The personal-data detectors a rule can switch on. */
export const detectorSchema = z.enum(['email', 'phone', 'postcode', 'date-of-birth', 'upn', 'ni-number']);
export type Detector = z.infer<typeof detectorSchema>;
const personalDataRule = z.strictObject({
	...ruleBase,
	...quietUnless,
	kind: z.literal('personal-data'),
	detect: z.array(detectorSchema).min(1),
	ignoreDomains: termList.optional(),
});
const proximityRule = z.strictObject({
	...ruleBase,
	...quietUnless,
	kind: z.literal('proximity'),
	targets: termList,
	terms: termList,
	within: z.union([z.literal('sentence'), z.int().min(1)]).default('sentence'),
});
const requirementRule = z.strictObject({
	...ruleBase,
	kind: z.literal('requirement'),
	trigger: termList,
	unless: termList,
});
const contextRule = z.strictObject({
	...ruleBase,
	kind: z.literal('context'),
	workingTime: z.boolean().optional(),
	emailField: z.union([termList, z.strictObject({ terms: termList })]).optional(),
});

const combinationRule = z
	.strictObject({
		...ruleBase,
		kind: z.literal('combination'),
		all: z.array(z.string()).min(1).describe('clauses the draft must all raise, by rules of other kinds'),
		any: z.array(z.string()).min(1).optional().describe('and at least one of these'),
		unless: z
			.array(z.string())
			.min(1)
			.optional()
			.describe('terms (a disclaimer) that, anywhere in the draft, keep the combination quiet'),
	})
	.omit({ evasion: true });

/** One source rule (one YAML file), discriminated on `kind`. */
export const ruleSchema = z.discriminatedUnion('kind', [
	phrasesRule,
	patternRule,
	personalDataRule,
	proximityRule,
	requirementRule,
	contextRule,
	combinationRule,
]);
export type Rule = z.infer<typeof ruleSchema>;
export type RuleKind = Rule['kind'];

/** One clause of clauses.yaml. */
export const clauseSchema = z.looseObject({
	title: z.string().min(1),
	section: z.union([z.string(), z.array(z.string())]).optional(),
	words: z.string().min(1),
	explanation: z.string().min(1),
	severity: severitySchema,
	ask: z.union([z.string(), z.array(z.string())]).optional(),
	hintUnless: termList
		.optional()
		.describe(
			"terms that, anywhere in the draft, keep the hint model quiet on this clause (affiliation's disclaimers)",
		),
});
export type Clause = z.infer<typeof clauseSchema>;

/** clauses.yaml: a map from clause id to clause (a list of `{id, …}` is accepted too). */
export const clausesSchema = z.preprocess(
	(value) =>
		Array.isArray(value)
			? Object.fromEntries(
					value.map((entry: unknown) => {
						const { id, ...rest } = (entry ?? {}) as Record<string, unknown>;
						return [String(id), rest];
					}),
				)
			: value,
	z.record(z.string(), clauseSchema),
);

/** A lexicon's name, as `@name` refers to it (also a lexicons/<name>.yaml file name). */
export const lexiconName = z.string().regex(/^[a-z0-9-]+$/, 'lexicon names: a-z, 0-9, -');

/** school.yaml: the school's context and its named lexicons. */
export const schoolSchema = z.looseObject({
	names: z.array(z.string()).min(1),
	emailDomain: z.string().optional(),
	contacts: z.record(z.string(), z.unknown()).optional(),
	workingHours: workingHoursSchema.optional(),
	lexicons: z.record(lexiconName, termList).default({}),
});
export type School = z.infer<typeof schoolSchema>;

const semver = z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, 'a semver version like 1.2.3');
/** pack.yaml: the manifest. */
export const manifestSchema = z.looseObject({
	id: z.string().regex(/^[a-z0-9-]+$/),
	name: z.string().min(1),
	version: semver,
	policyVersion: z.string().min(1),
	minExtensionVersion: semver,
});
export type Manifest = z.infer<typeof manifestSchema>;

/**
 * The compiled, distributed pack: one JSON object built from rules/.
 * @example rulePackSchema.parse(JSON.parse(builtJson))
 */
export const rulePackSchema = z
	.strictObject({
		manifest: manifestSchema,
		school: schoolSchema,
		clauses: z.record(z.string(), clauseSchema),
		rules: z.array(ruleSchema),
		model: hintModelSchema.optional(),
		lexiconIndex: lexiconIndexSchema.optional().describe('built with the pack by `indexLexicons`'),
	})
	.superRefine((pack, ctx) => {
		const mismatch = pack.lexiconIndex && indexMismatch(pack.lexiconIndex, packLexicons(pack.school));
		if (mismatch) ctx.addIssue({ code: 'custom', path: ['lexiconIndex'], message: mismatch });
	});
export type RulePack = z.infer<typeof rulePackSchema>;
