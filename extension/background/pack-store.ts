import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

/** The last pack that passed every check: its exact text and signature, so it can be verified again on load. */
const LastGoodPackSchema = z.object({
	packText: z.string(),
	signature: z.string(),
	url: z.string(),
	acceptedAt: z.number(),
});
export type LastGoodPack = z.infer<typeof LastGoodPackSchema>;

/** One storage key, so saving the pack and its signature is a single atomic write. */
const lastGoodPackItem = storage.defineItem<LastGoodPack | null>('local:lastGoodPack', { fallback: null });

export async function loadLastGoodPack(): Promise<LastGoodPack | null> {
	const parsed = LastGoodPackSchema.safeParse(await lastGoodPackItem.getValue());
	return parsed.success ? parsed.data : null;
}

export async function saveLastGoodPack(pack: LastGoodPack): Promise<void> {
	await lastGoodPackItem.setValue(pack);
}

/** Forgets the stored pack (when it no longer verifies with the trusted keys). */
export async function clearLastGoodPack(): Promise<void> {
	await lastGoodPackItem.removeValue();
}
