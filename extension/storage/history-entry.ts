import { z } from 'zod';

/** Where a flag was raised: the four sites, or the practice page. */
export const HistorySiteSchema = z.enum(['facebook', 'x', 'linkedin', 'instagram', 'practice']);
export type HistorySite = z.infer<typeof HistorySiteSchema>;

/** What the person did about a flag. */
export const HISTORY_ACTIONS = [
	'edited',
	'posted-anyway',
	'asked-line-manager',
	'marked-wrong',
	'dismissed',
] as const;
export const HistoryActionSchema = z.enum(HISTORY_ACTIONS);
export type HistoryAction = z.infer<typeof HistoryActionSchema>;

export const ACTION_LABELS: Record<HistoryAction, string> = {
	edited: 'Edited',
	'posted-anyway': 'Posted anyway',
	'asked-line-manager': 'Asked line manager',
	'marked-wrong': 'Marked the flag wrong',
	dismissed: 'Dismissed',
};

const id = z.string().min(1).max(100);
const slug = z.string().min(1).max(200);

/** One flag in the history store (database `second-look`, store `history`). */
export const HistoryEntrySchema = z.object({
	id,
	at: z.number().int().nonnegative(),
	site: HistorySiteSchema,
	surface: slug,
	clause: slug,
	rule: slug,
	action: HistoryActionSchema.nullable(),
	actionAt: z.number().int().nonnegative().nullable(),
	/** The flagged words; only present when the person's settings allow keeping them. */
	words: z.array(z.string().max(500)).max(50).optional(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

/** A new flag, as the content script reports it; `id` is made by the caller so it can report the action later. */
export const NewFlagSchema = HistoryEntrySchema.pick({
	id: true,
	at: true,
	site: true,
	surface: true,
	clause: true,
	rule: true,
}).extend({ words: z.array(z.string().max(500)).max(50).default([]) });
export type NewFlag = z.input<typeof NewFlagSchema>;

/** What the `recordHistory` request carries: a new flag, or what the person did about one. */
export const HistoryEventSchema = z.discriminatedUnion('type', [
	NewFlagSchema.extend({ type: z.literal('flag') }),
	z.object({
		type: z.literal('action'),
		id,
		action: HistoryActionSchema,
		at: z.number().int().nonnegative(),
	}),
]);
export type HistoryEvent = z.input<typeof HistoryEventSchema>;

/** Filters of the history page; every one given must hold. `from`/`to` are epoch ms, inclusive. */
export interface HistoryFilter {
	clause?: string;
	site?: HistorySite;
	from?: number;
	to?: number;
}
