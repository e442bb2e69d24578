import 'fake-indexeddb/auto';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { handleRecordHistory } from '../../../../extension/background/handlers/record-history';
import * as historyDb from '../../../../extension/storage/history-db';
import { DEFAULT_SETTINGS, settingsItem } from '../../../../extension/storage/settings';

const flagEvent = {
	type: 'flag' as const,
	id: 'f1',
	at: Date.now(),
	site: 'facebook' as const,
	surface: 'post',
	clause: 'offensive',
	rule: 'offensive/profanity',
	words: ['idiots'],
};

beforeEach(() => fakeBrowser.reset());
afterEach(async () => {
	vi.restoreAllMocks();
	await historyDb.clearHistory();
});

describe('recordHistory handler', () => {
	it('records a flag, then the action, honouring keepWords', async () => {
		await settingsItem.setValue({ ...DEFAULT_SETTINGS, history: { keepWords: false, retentionDays: 30 } });
		expect(await handleRecordHistory({ kind: 'recordHistory', event: flagEvent })).toEqual({
			recorded: true,
			paused: false,
		});
		const action = { type: 'action' as const, id: 'f1', action: 'posted-anyway' as const, at: Date.now() };
		expect(await handleRecordHistory({ kind: 'recordHistory', event: action })).toEqual({
			recorded: true,
			paused: false,
		});
		const [entry] = await historyDb.listHistory();
		expect(entry).toMatchObject({ id: 'f1', action: 'posted-anyway' });
		expect(entry?.words).toBeUndefined();
	});

	it('records nothing when history is off', async () => {
		await settingsItem.setValue({ ...DEFAULT_SETTINGS, history: { keepWords: true, retentionDays: 0 } });
		expect(await handleRecordHistory({ kind: 'recordHistory', event: flagEvent })).toEqual({
			recorded: false,
			paused: false,
		});
		expect(await historyDb.listHistory()).toEqual([]);
	});

	it('answers paused, without throwing, when IndexedDB fails', async () => {
		vi.spyOn(historyDb, 'recordFlag').mockRejectedValue(new Error('QuotaExceededError'));
		vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		expect(await handleRecordHistory({ kind: 'recordHistory', event: flagEvent })).toEqual({
			recorded: false,
			paused: true,
		});
	});
});
