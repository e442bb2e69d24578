import { readFile } from 'node:fs/promises';

import { expect, test } from '../extension-test';

// Long walks through every control: allow for a busy shared machine.
test.slow();
import { openExtensionPage, reportFlag, screenshot } from './page-helpers';

const DAY = 24 * 60 * 60 * 1000;

test('history: summary, filters, export, clear; words only when allowed', async ({
	page,
	extensionId,
}, testInfo) => {
	await page.setViewportSize({ width: 1000, height: 900 });
	await openExtensionPage(page, extensionId, 'options.html#/history');
	await expect(page.getByText('No notes yet.')).toBeVisible();

	// Flags arrive the way the content script sends them: through the background.
	const now = Date.now();
	const base = { site: 'facebook', clause: 'offensive', rule: 'offensive/profanity', words: ['idiots'] };
	expect(await reportFlag(page, { id: 'a', at: now - 1000, ...base }, 'edited')).toEqual({
		recorded: true,
		paused: false,
	});
	await reportFlag(page, { id: 'b', at: now - 2000, ...base, site: 'x' }, 'posted-anyway');
	await reportFlag(
		page,
		{ id: 'c', at: now - 3000, ...base, site: 'linkedin', clause: 'consent', rule: 'consent/colleague' },
		'asked-line-manager',
	);
	// Words are kept only once the setting allows.
	await openExtensionPage(page, extensionId, 'options.html#/settings');
	await page.getByRole('checkbox', { name: 'Include the flagged words in history' }).check();
	await reportFlag(page, { id: 'd', at: now - 4000, ...base, words: ['rubbish'] });

	await openExtensionPage(page, extensionId, 'options.html#/history');
	const rows = page.locator('[data-testid="history-table"] tbody tr');
	await expect(rows).toHaveCount(4);
	await expect(page.getByTestId('history-summary')).toHaveText(
		'This month: 4 flags, 1 edited, 1 asked line manager, 1 posted anyway.',
	);
	await expect(page.locator('tr[data-entry="a"]')).toContainText('—');
	await expect(page.locator('tr[data-entry="d"]')).toContainText('rubbish');
	await expect(page.locator('tr[data-entry="b"]')).toContainText('Posted anyway');
	await screenshot(page, testInfo, 'history');

	// Filters: clause, site, dates, reset.
	await page.getByLabel('Clause').selectOption('consent');
	await expect(rows).toHaveCount(1);
	await page.getByLabel('Clause').selectOption('');
	await page.getByLabel('Site').selectOption('x');
	await expect(rows).toHaveCount(1);
	await page.getByLabel('Site').selectOption('');
	const iso = (ms: number) =>
		new Date(ms - new Date(ms).getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
	await page.getByLabel('From').fill(iso(now + 2 * DAY));
	await expect(page.getByText('No notes match these filters.')).toBeVisible();
	await page.getByLabel('From').fill(iso(now - DAY));
	await page.getByLabel('To').fill(iso(now + DAY));
	await expect(rows).toHaveCount(4);
	await page.getByRole('button', { name: 'Reset filters' }).click();
	await expect(page.getByLabel('From')).toHaveValue('');

	// Export CSV and JSON: the browser's own download, nothing leaves the device.
	const [csv] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export CSV' }).click(),
	]);
	expect(csv.suggestedFilename()).toMatch(/^second-look-history-\d{4}-\d{2}-\d{2}\.csv$/);
	const csvText = await readFile(await csv.path(), 'utf8');
	expect(csvText.split('\r\n')[0]).toBe('when,site,surface,clause,rule,action,action_when,words');
	expect(csvText).toContain('consent/colleague');
	const [json] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export JSON' }).click(),
	]);
	const exported = JSON.parse(await readFile(await json.path(), 'utf8')) as { entries: unknown[] };
	expect(exported.entries).toHaveLength(4);

	// Clear all asks first; Cancel keeps everything.
	await page.getByRole('button', { name: 'Clear all history' }).click();
	await page.getByRole('button', { name: 'Cancel' }).click();
	await expect(rows).toHaveCount(4);
	await page.getByRole('button', { name: 'Clear all history' }).click();
	await expect(page.getByRole('button', { name: 'Yes, delete all' })).toBeFocused();
	await page.getByRole('button', { name: 'Yes, delete all' }).click();
	await expect(page.getByText('No notes yet.')).toBeVisible();
	await expect(page.getByTestId('history-summary')).toHaveText('This month: 0 flags.');

	await page.setViewportSize({ width: 360, height: 800 });
	await reportFlag(page, { id: 'e', at: Date.now(), ...base });
	await page.reload();
	await screenshot(page, testInfo, 'history-narrow');
	expect(
		await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
	).toBeLessThanOrEqual(0);
});

test('history: when IndexedDB cannot be opened, the page says history is paused', async ({
	page,
	extensionId,
}, testInfo) => {
	await openExtensionPage(page, extensionId, 'options.html#/settings');
	// A database at a newer version than this build knows makes opening it fail.
	await page.evaluate(
		() =>
			new Promise((resolve) => {
				const request = indexedDB.open('second-look', 99);
				request.onsuccess = () => (request.result.close(), resolve(null));
			}),
	);
	await openExtensionPage(page, extensionId, 'options.html#/history');
	await expect(page.getByTestId('history-paused')).toBeVisible();
	expect(
		await reportFlag(page, {
			id: 'z',
			at: Date.now(),
			site: 'x',
			clause: 'offensive',
			rule: 'offensive/profanity',
		}),
	).toEqual({
		recorded: false,
		paused: true,
	});
	await screenshot(page, testInfo, 'history-paused');
});
