import { z } from 'zod';

/** Where a draft is being written: the surfaces the rule pack's `when` conditions speak of. */
export const SurfaceSchema = z.enum([
	'post',
	'reply',
	'comment',
	'dm',
	'recommendation',
	'bio',
	'email-field',
]);
export const PlatformSchema = z.enum(['facebook', 'x', 'linkedin', 'instagram', 'practice']);

/** The longest draft the worker checks; anything beyond is left unchecked and the warning says so. */
export const MAX_CHECKED_CHARS = 100_000;

const checkDraft = z.object({
	kind: z.literal('checkDraft'),
	// Capped well above the checked limit so a huge paste is refused cheaply rather than copied around.
	text: z.string().max(MAX_CHECKED_CHARS * 10),
	platform: PlatformSchema,
	surface: SurfaceSchema,
	images: z.number().int().min(0).max(100),
});

const getPackInfo = z.object({ kind: z.literal('getPackInfo') });

/** Every request the background answers. Anything that does not parse is dropped. */
export const RequestSchema = z.discriminatedUnion('kind', [checkDraft, getPackInfo]);
export type Request = z.infer<typeof RequestSchema>;
export type RequestKind = Request['kind'];
export type RequestOf<K extends RequestKind> = Extract<Request, { kind: K }>;

export const FindingViewSchema = z.object({
	clause: z.string(),
	rule: z.string(),
	severity: z.string(),
	start: z.number().int(),
	end: z.number().int(),
	message: z.string(),
});
export type FindingView = z.infer<typeof FindingViewSchema>;

export const ClauseViewSchema = z.object({
	id: z.string(),
	title: z.string(),
	words: z.string(),
	explanation: z.string(),
});
export type ClauseView = z.infer<typeof ClauseViewSchema>;

export const CheckResultSchema = z.object({
	findings: z.array(FindingViewSchema),
	clauses: z.array(ClauseViewSchema),
	truncated: z.boolean(),
	lineManagerEmail: z.string(),
});
export type CheckResult = z.infer<typeof CheckResultSchema>;

export const PackInfoSchema = z.object({ id: z.string(), name: z.string(), version: z.string() });
export type PackInfo = z.infer<typeof PackInfoSchema>;

/** What each request kind answers with; parsed on arrival so a confused worker cannot confuse a page. */
export const ResponseSchemas = {
	checkDraft: CheckResultSchema,
	getPackInfo: PackInfoSchema,
} satisfies Record<RequestKind, z.ZodType>;
export type ResponseOf<K extends RequestKind> = z.infer<(typeof ResponseSchemas)[K]>;
