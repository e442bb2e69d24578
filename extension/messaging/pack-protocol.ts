import { z } from 'zod';

/** Where the rule pack updates come from: enterprise policy wins over the settings page. */
export const PackSourceViewSchema = z.object({
	from: z.enum(['policy', 'settings', 'none']),
	url: z.string().nullable(),
	/** Short fingerprints of the trusted public keys, for people to compare by eye. */
	keyFingerprints: z.array(z.string()),
	intervalMinutes: z.number(),
	/** False when policy sets the source: the settings page shows it but cannot change it. */
	editable: z.boolean(),
});
export type PackSourceView = z.infer<typeof PackSourceViewSchema>;

/** The active pack and the outcome of the last update check, in words. */
export const PackStatusSchema = z.object({
	active: z.object({
		id: z.string(),
		name: z.string(),
		version: z.string(),
		publishedAt: z.string().nullable(),
		origin: z.enum(['bundled', 'update']),
	}),
	source: PackSourceViewSchema,
	lastCheckAt: z.number().nullable(),
	lastOutcome: z.enum(['updated', 'up-to-date', 'refused', 'failed', 'no-source']).nullable(),
	/** Why the last check did not update, in words; null when it did or nothing was wrong. */
	lastError: z.string().nullable(),
});
export type PackStatus = z.infer<typeof PackStatusSchema>;

/** Requests for the pack status and update source; spread into the protocol's request union. */
export const packRequests = [
	z.object({ kind: z.literal('getPackStatus') }),
	z.object({ kind: z.literal('checkPackNow') }),
	z.object({ kind: z.literal('getPackSource') }),
	z.object({
		kind: z.literal('setPackSource'),
		// An empty url and key clear the source (back to the bundled pack's updates: none).
		url: z.string().max(2048),
		publicKey: z.string().max(200),
	}),
] as const;

export const packResponseSchemas = {
	getPackStatus: PackStatusSchema,
	checkPackNow: PackStatusSchema,
	getPackSource: PackSourceViewSchema,
	setPackSource: z.object({ saved: z.boolean(), error: z.string().nullable(), source: PackSourceViewSchema }),
};
