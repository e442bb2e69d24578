import 'fake-indexeddb/auto';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { createReporter } from '../../../extension/background/handlers/report-content';
import { clearHistory, listHistory } from '../../../extension/storage/history-db';
import { DEFAULT_SETTINGS, settingsItem } from '../../../extension/storage/settings';
import type { RulePack } from '../../../shared/pack/schema';

const pack = {
	manifest: { id: 't', name: 'T', version: '1.0.0', policyVersion: '1', minExtensionVersion: '0.1.0' },
	school: {
		names: ['T School'],
		lexicons: {},
		contacts: { reporting: { role: 'Headteacher', email: 'head@t.example' } },
	},
	clauses: {
		reputation: { title: 'Disparaging the school', words: 'w', explanation: 'e', severity: 'strong' },
	},
	rules: [],
} as unknown as RulePack;

beforeEach(async () => {
	fakeBrowser.reset();
	await settingsItem.setValue({ ...DEFAULT_SETTINGS, history: { keepWords: true, retentionDays: 30 } });
});
afterEach(async () => {
	vi.restoreAllMocks();
	await clearHistory();
});

describe('createReporter', () => {
	it('from the context menu: hands the mailto to the tab and keeps a history entry without the words', async () => {
		const update = vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({} as never);
		const mailto = await createReporter(() => pack).fromContext(
			{ pageUrl: 'https://x.com/someone/status/1', selectionText: 'the worst school', linkUrl: undefined },
			{ id: 7, url: 'https://x.com/someone/status/1' },
		);
		expect(update).toHaveBeenCalledWith(7, { url: mailto });
		expect(mailto.startsWith('mailto:head@t.example?subject=')).toBe(true);
		const body = new URL(mailto).searchParams.get('body')!;
		expect(body).toContain('Page: https://x.com/someone/status/1');
		expect(body).toContain('> the worst school');
		const history = await listHistory();
		expect(history).toHaveLength(1);
		expect(history[0]).toMatchObject({ site: 'x', clause: 'reputation', rule: 'report-to-headteacher' });
		expect(history[0]!.words ?? []).toEqual([]);
	});

	it('opens a new tab when the click came with no tab', async () => {
		const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
		const mailto = await createReporter(() => pack).fromContext(
			{ pageUrl: 'https://www.linkedin.com/feed/' },
			undefined,
		);
		expect(create).toHaveBeenCalledWith({ url: mailto });
	});

	it('records nothing when the person keeps no history', async () => {
		await settingsItem.setValue({ ...DEFAULT_SETTINGS, history: { keepWords: false, retentionDays: 0 } });
		vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({} as never);
		await createReporter(() => pack).fromContext({ pageUrl: 'https://www.facebook.com/' }, { id: 1 });
		expect(await listHistory()).toHaveLength(0);
	});

	it('from the popup: refuses a tab that is not one of the four sites', async () => {
		vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 3, url: 'https://example.com/' } as never);
		const update = vi.spyOn(fakeBrowser.tabs, 'update');
		expect(await createReporter(() => pack).handleReportContent({ kind: 'reportContent', tabId: 3 })).toEqual(
			{
				opened: false,
				mailto: '',
			},
		);
		expect(update).not.toHaveBeenCalled();
	});
});
