import 'fake-indexeddb/auto';

import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';

import {
	HISTORY_DB_NAME,
	HISTORY_DB_VERSION,
	clearHistory,
	closeHistoryDb,
	listHistory,
	openHistoryDb,
	pruneHistory,
	recordAction,
	recordFlag,
	summarise,
	upgradeHistoryDb,
	type HistoryDbSchema,
} from '../../../extension/storage/history-db';
import type { NewFlag } from '../../../extension/storage/history-entry';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 2, 15, 12);

function flag(id: string, daysAgo: number, extra: Partial<NewFlag> = {}): NewFlag {
	return {
		id,
		at: NOW - daysAgo * DAY,
		site: 'x',
		surface: 'post',
		clause: 'offensive',
		rule: 'offensive/profanity',
		words: ['idiots'],
		...extra,
	};
}

afterEach(async () => {
	await closeHistoryDb();
	await new Promise((resolve, reject) => {
		const request = indexedDB.deleteDatabase(HISTORY_DB_NAME);
		request.onsuccess = resolve;
		request.onerror = () => reject(request.error);
	});
});

describe('history store', () => {
	it('records a flag without its words unless the setting allows them', async () => {
		await recordFlag(flag('a', 0), { keepWords: false });
		await recordFlag(flag('b', 0), { keepWords: true });
		const byId = Object.fromEntries((await listHistory()).map((e) => [e.id, e]));
		expect(byId.a?.words).toBeUndefined();
		expect(byId.b?.words).toEqual(['idiots']);
		expect(byId.a).toMatchObject({ site: 'x', clause: 'offensive', action: null, actionAt: null });
	});

	it('records what the person did, and ignores unknown flags', async () => {
		await recordFlag(flag('a', 0), { keepWords: false });
		expect(await recordAction('a', 'edited', NOW + 1)).toBe(true);
		expect(await recordAction('nope', 'dismissed')).toBe(false);
		expect((await listHistory())[0]).toMatchObject({ id: 'a', action: 'edited', actionAt: NOW + 1 });
	});

	it('lists newest first and filters by clause, site and date', async () => {
		await recordFlag(flag('old', 20), { keepWords: false });
		await recordFlag(flag('fb', 2, { site: 'facebook', clause: 'consent' }), { keepWords: false });
		await recordFlag(flag('new', 1), { keepWords: false });
		expect((await listHistory()).map((e) => e.id)).toEqual(['new', 'fb', 'old']);
		expect((await listHistory({ clause: 'consent' })).map((e) => e.id)).toEqual(['fb']);
		expect((await listHistory({ site: 'x' })).map((e) => e.id)).toEqual(['new', 'old']);
		expect((await listHistory({ from: NOW - 5 * DAY, to: NOW })).map((e) => e.id)).toEqual(['new', 'fb']);
	});

	it('prunes what is older than the retention period, and everything when history is off', async () => {
		await recordFlag(flag('a', 40), { keepWords: false });
		await recordFlag(flag('b', 10), { keepWords: false });
		await recordFlag(flag('c', 1), { keepWords: false });
		expect(await pruneHistory(30, NOW)).toBe(1);
		expect(await pruneHistory(7, NOW)).toBe(1);
		expect((await listHistory()).map((e) => e.id)).toEqual(['c']);
		expect(await pruneHistory(0, NOW)).toBe(1);
		expect(await listHistory()).toEqual([]);
	});

	it('clears all and summarises', async () => {
		await recordFlag(flag('a', 1), { keepWords: false });
		await recordFlag(flag('b', 2), { keepWords: false });
		await recordFlag(flag('c', 40), { keepWords: false });
		await recordAction('a', 'edited');
		const summary = await summarise(NOW - 30 * DAY);
		expect(summary.flags).toBe(2);
		expect(summary.actions.edited).toBe(1);
		await clearHistory();
		expect(await listHistory()).toEqual([]);
	});

	it('rejects a malformed flag', async () => {
		await expect(
			recordFlag({ ...flag('a', 0), site: 'myspace' as 'x' }, { keepWords: false }),
		).rejects.toThrow();
	});
});

describe('history schema upgrades', () => {
	it('creates the current schema from nothing', async () => {
		const db = await openHistoryDb();
		expect(db.version).toBe(HISTORY_DB_VERSION);
		expect([...db.transaction('history').store.indexNames].sort()).toEqual(['by-at', 'by-clause', 'by-site']);
	});

	it('upgrades a v1 database, keeping its entries', async () => {
		const v1 = await openDB<HistoryDbSchema>(HISTORY_DB_NAME, 1, {
			upgrade: (db, oldVersion, newVersion, tx) => upgradeHistoryDb(db, oldVersion, newVersion ?? 1, tx),
		});
		const v1Indexes = [...v1.transaction('history').store.indexNames];
		await v1.put('history', {
			id: 'kept',
			at: NOW,
			site: 'linkedin',
			surface: 'post',
			clause: 'references',
			rule: 'references/recommend',
			action: 'dismissed',
			actionAt: NOW,
		});
		v1.close();
		expect(v1Indexes).toEqual(['by-at']);
		const entries = await listHistory({ clause: 'references' });
		expect(entries.map((e) => e.id)).toEqual(['kept']);
		expect((await openHistoryDb()).version).toBe(2);
	});

	it('skips stored rows that do not validate', async () => {
		const db = await openHistoryDb();
		await db.put('history', { id: 'bad', at: NOW, site: 'nowhere' } as never);
		await recordFlag(flag('good', 0), { keepWords: false });
		expect((await listHistory()).map((e) => e.id)).toEqual(['good']);
	});
});
