import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

/** The outcome of the last update check, kept across restarts for the popup and settings page. */
const PackCheckLogSchema = z.object({
	lastCheckAt: z.number().nullable(),
	lastOutcome: z.enum(['updated', 'up-to-date', 'refused', 'failed', 'no-source']).nullable(),
	lastError: z.string().nullable(),
});
export type PackCheckLog = z.infer<typeof PackCheckLogSchema>;

const EMPTY: PackCheckLog = { lastCheckAt: null, lastOutcome: null, lastError: null };
const packCheckLogItem = storage.defineItem<PackCheckLog>('local:packCheckLog', { fallback: EMPTY });

export async function readPackCheckLog(): Promise<PackCheckLog> {
	const parsed = PackCheckLogSchema.safeParse(await packCheckLogItem.getValue());
	return parsed.success ? parsed.data : EMPTY;
}

export async function writePackCheckLog(log: PackCheckLog): Promise<void> {
	await packCheckLogItem.setValue(log);
}
