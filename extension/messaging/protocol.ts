import { z } from 'zod';

import { platformSchema, surfaceSchema } from '../../shared/engine/context';

import { HistoryEventSchema } from '../storage/history-entry';
import { packRequests, packResponseSchemas } from './pack-protocol';

/** Where a draft is being written: the surfaces and platforms the rule pack's `when` conditions speak of. */
export const SurfaceSchema = surfaceSchema;
export const PlatformSchema = platformSchema;

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

/** Opens the options page at a clause of the policy (a content script cannot open extension pages itself). */
const openClause = z.object({ kind: z.literal('openClause'), clause: z.string().regex(/^[a-z0-9-]{1,64}$/) });
/** The content script reports a flag, or what the person did about it; only the background writes history. */
const recordHistory = z.object({ kind: z.literal('recordHistory'), event: HistoryEventSchema });
/** Every clause of the active pack, for the clause library. */
const getClauseLibrary = z.object({ kind: z.literal('getClauseLibrary') });
/** "Report to the Headteacher" from the popup: opens a report e-mail about the page (and selection) in this tab. */
const reportContent = z.object({ kind: z.literal('reportContent'), tabId: z.number().int().nonnegative() });

/** Every request the background answers. Anything that does not parse is dropped. */
export const RequestSchema = z.discriminatedUnion('kind', [
	checkDraft,
	getPackInfo,
	recordHistory,
	getClauseLibrary,
	openClause,
	reportContent,
	...packRequests,
]);
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

export const RecordHistoryResultSchema = z.object({
	recorded: z.boolean(),
	/** True when IndexedDB failed: callers carry on, pages say history is paused. */
	paused: z.boolean(),
});
export type RecordHistoryResult = z.infer<typeof RecordHistoryResultSchema>;

export const ContactSchema = z.object({ role: z.string(), name: z.string(), email: z.string() });
export type Contact = z.infer<typeof ContactSchema>;

/** One clause as the clause library shows it; every text is plain text, never HTML. */
export const LibraryClauseSchema = ClauseViewSchema.extend({
	section: z.string(),
	severity: z.string(),
	examples: z.object({ flag: z.array(z.string()), allow: z.array(z.string()) }),
	ask: z.array(ContactSchema),
});
export type LibraryClause = z.infer<typeof LibraryClauseSchema>;

export const ClauseLibrarySchema = z.object({
	pack: PackInfoSchema.extend({ policyVersion: z.string() }),
	clauses: z.array(LibraryClauseSchema),
	/** Who "Ask my line manager" writes to until the person sets their own. */
	defaultLineManager: ContactSchema.nullable(),
});
export type ClauseLibrary = z.infer<typeof ClauseLibrarySchema>;

/** What each request kind answers with; parsed on arrival so a confused worker cannot confuse a page. */
export const ResponseSchemas = {
	checkDraft: CheckResultSchema,
	getPackInfo: PackInfoSchema,
	recordHistory: RecordHistoryResultSchema,
	getClauseLibrary: ClauseLibrarySchema,
	openClause: z.object({ opened: z.boolean() }),
	/** The `mailto:` handed to the person's e-mail program. */
	reportContent: z.object({ opened: z.boolean(), mailto: z.string() }),
	...packResponseSchemas,
} satisfies Record<RequestKind, z.ZodType>;
export type ResponseOf<K extends RequestKind> = z.infer<(typeof ResponseSchemas)[K]>;
