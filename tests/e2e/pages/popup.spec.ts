import type { Page } from '@playwright/test';

import { expect, test } from '../extension-test';

// Long walks through every control: allow for a busy shared machine.
test.slow();
import { openExtensionPage, reportFlag, screenshot, storedSettings } from './page-helpers';

const BLANK = '<!doctype html><title>LinkedIn feed</title><p>feed</p>';

test('popup: on/off, this site, snooze, pack, flags this week, links', async ({
	context,
	extensionId,
	worker,
}, testInfo) => {
	// The popup looks at the active tab: make a LinkedIn page active, then (re)load the popup beside it.
	const popup = await context.newPage();
	await popup.setViewportSize({ width: 340, height: 620 });
	await openExtensionPage(popup, extensionId, 'popup.html');
	await reportFlag(popup, {
		id: 'p1',
		at: Date.now() - 1000,
		site: 'x',
		clause: 'offensive',
		rule: 'offensive/profanity',
	});
	await reportFlag(popup, {
		id: 'p2',
		at: Date.now() - 9 * 86_400_000,
		site: 'x',
		clause: 'offensive',
		rule: 'offensive/profanity',
	});
	const site = await context.newPage();
	await site.route('https://www.linkedin.com/**', (route) =>
		route.fulfill({ body: BLANK, contentType: 'text/html' }),
	);
	await openLinkedIn(site);
	await popup.reload();

	await expect(popup.getByRole('heading', { level: 1 })).toHaveText('Second Look');
	await expect(popup.getByTestId('popup-pack')).toHaveText(/version \d+\.\d+\.\d+/);
	await expect(popup.getByTestId('popup-flags')).toHaveText('1');

	await popup.getByRole('button', { name: 'Turn on Second Look' }).click();
	await expect(popup.getByTestId('opt-in-status')).toHaveText('Second Look is on.');

	const siteToggle = popup.getByRole('checkbox', { name: 'Check my drafts on LinkedIn' });
	await expect(siteToggle).toBeChecked();
	await siteToggle.uncheck();
	await expect
		.poll(async () => (await storedSettings(worker)).sites)
		.toMatchObject({ linkedin: false, x: true });
	await siteToggle.check();

	await popup.getByRole('button', { name: 'Snooze for 1 hour' }).click();
	await expect(popup.getByTestId('snooze-status')).toHaveText(/^Snoozed until/);
	await screenshot(popup, testInfo, 'popup');
	await popup.getByRole('button', { name: 'Resume now' }).click();
	await popup.getByRole('button', { name: 'Snooze until tomorrow' }).click();
	await expect(popup.getByTestId('snooze-status')).toHaveText(/^Snoozed until/);
	await popup.getByRole('button', { name: 'Resume now' }).click();
	await expect(popup.getByTestId('snooze-status')).toHaveText('Not snoozed.');

	// Every link opens its page in a new tab.
	const targets: Array<[string, RegExp]> = [
		['Settings', /options\.html#\/settings$/],
		['Clause library', /options\.html#\/clauses$/],
		['History', /options\.html#\/history$/],
		['Practice', /practice\.html$/],
		['Welcome', /welcome\.html$/],
	];
	for (const [name, url] of targets) {
		const [opened] = await Promise.all([
			context.waitForEvent('page'),
			popup.getByRole('link', { name }).click(),
		]);
		await expect(opened).toHaveURL(url);
		await opened.close();
	}

	// Off is one click, and stops everything.
	await popup.getByRole('button', { name: 'Turn Second Look off' }).click();
	expect((await storedSettings(worker)).optedIn).toBe(false);
});

test('popup: on a page that is not one of the four sites, it says nothing is read there', async ({
	page,
	extensionId,
}, testInfo) => {
	await page.setViewportSize({ width: 340, height: 620 });
	await openExtensionPage(page, extensionId, 'popup.html');
	await expect(page.getByTestId('popup-site')).toContainText('nothing is read here');
	await screenshot(page, testInfo, 'popup-other-site');
});

async function openLinkedIn(site: Page): Promise<void> {
	await site.goto('https://www.linkedin.com/feed/');
}
