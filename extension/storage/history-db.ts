import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';

import {
	HistoryEntrySchema,
	NewFlagSchema,
	type HistoryAction,
	type HistoryEntry,
	type HistoryFilter,
	type NewFlag,
} from './history-entry';
import { summariseEntries, type HistorySummary } from './history-summary';

export const HISTORY_DB_NAME = 'second-look';
export const HISTORY_DB_VERSION = 2;
const DAY = 24 * 60 * 60 * 1000;

export interface HistoryDbSchema extends DBSchema {
	history: {
		key: string;
		value: HistoryEntry;
		indexes: { 'by-at': number; 'by-clause': string; 'by-site': string };
	};
}
export type HistoryDb = IDBPDatabase<HistoryDbSchema>;

/**
 * Upgrades step by step from whatever version is on disk. v1: the `history` store keyed by id, indexed by
 * time. v2: indexes by clause and site for the history page's filters. Entries are kept across upgrades.
 */
export function upgradeHistoryDb(
	db: IDBPDatabase<HistoryDbSchema>,
	oldVersion: number,
	newVersion: number,
	tx: IDBPTransaction<HistoryDbSchema, Array<'history'>, 'versionchange'>,
): void {
	if (oldVersion < 1 && newVersion >= 1) {
		const store = db.createObjectStore('history', { keyPath: 'id' });
		store.createIndex('by-at', 'at');
	}
	if (oldVersion < 2 && newVersion >= 2) {
		const store = tx.objectStore('history');
		store.createIndex('by-clause', 'clause');
		store.createIndex('by-site', 'site');
	}
}

let opening: Promise<HistoryDb> | undefined;

/** Opens (once) the history database at the current version. */
export function openHistoryDb(): Promise<HistoryDb> {
	opening ??= openDB<HistoryDbSchema>(HISTORY_DB_NAME, HISTORY_DB_VERSION, {
		upgrade: (db, oldVersion, newVersion, tx) =>
			upgradeHistoryDb(db, oldVersion, newVersion ?? HISTORY_DB_VERSION, tx),
		blocking: () => {
			// A newer version is opening elsewhere: let it, and reopen next time.
			void opening?.then((db) => db.close());
			opening = undefined;
		},
	}).catch((error: unknown) => {
		opening = undefined;
		throw error;
	});
	return opening;
}

/** Forgets the open connection (tests, and after the database is deleted). */
export async function closeHistoryDb(): Promise<void> {
	const db = await opening?.catch(() => undefined);
	db?.close();
	opening = undefined;
}

/** Records a new flag; the flagged words are kept only when `keepWords` is true. */
export async function recordFlag(flag: NewFlag, { keepWords }: { keepWords: boolean }): Promise<void> {
	const parsed = NewFlagSchema.parse(flag);
	const entry: HistoryEntry = { ...parsed, action: null, actionAt: null, words: undefined };
	if (keepWords && parsed.words.length > 0) entry.words = parsed.words;
	else delete entry.words;
	await (await openHistoryDb()).put('history', entry);
}

/** Records what the person did about a flag; returns false when the flag is not (or no longer) in history. */
export async function recordAction(id: string, action: HistoryAction, at = Date.now()): Promise<boolean> {
	const tx = (await openHistoryDb()).transaction('history', 'readwrite');
	const entry = await tx.store.get(id);
	if (entry) await tx.store.put({ ...entry, action, actionAt: at });
	await tx.done;
	return entry !== undefined;
}

/** Every entry matching the filter, newest first. Entries that do not validate are skipped. */
export async function listHistory(filter: HistoryFilter = {}): Promise<HistoryEntry[]> {
	const db = await openHistoryDb();
	const range =
		filter.from !== undefined || filter.to !== undefined
			? IDBKeyRange.bound(filter.from ?? 0, filter.to ?? Number.MAX_SAFE_INTEGER)
			: undefined;
	const rows = await db.getAllFromIndex('history', 'by-at', range);
	return rows
		.flatMap((row) => {
			const parsed = HistoryEntrySchema.safeParse(row);
			return parsed.success ? [parsed.data] : [];
		})
		.filter(
			(e) =>
				(filter.clause === undefined || e.clause === filter.clause) &&
				(filter.site === undefined || e.site === filter.site),
		)
		.reverse();
}

/** Deletes every entry. */
export async function clearHistory(): Promise<void> {
	await (await openHistoryDb()).clear('history');
}

/** Deletes entries older than the retention period; 0 days (history off) deletes all. Returns how many went. */
export async function pruneHistory(retentionDays: number, now = Date.now()): Promise<number> {
	const db = await openHistoryDb();
	const tx = db.transaction('history', 'readwrite');
	const range = retentionDays <= 0 ? undefined : IDBKeyRange.upperBound(now - retentionDays * DAY, true);
	let removed = 0;
	for (
		let cursor = await tx.store.index('by-at').openCursor(range);
		cursor;
		cursor = await cursor.continue()
	) {
		await cursor.delete();
		removed += 1;
	}
	await tx.done;
	return removed;
}

/** Counts flags (and what was done about them) since `since`. */
export async function summarise(since: number): Promise<HistorySummary> {
	return summariseEntries(await listHistory({ from: since }));
}
