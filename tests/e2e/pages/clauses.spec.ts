import { expect, test } from '../extension-test';

// Long walks through every control: allow for a busy shared machine.
test.slow();
import { openExtensionPage, screenshot } from './page-helpers';

test('clause library: every clause, searchable, deep-linkable, with the full policy one click away', async ({
	page,
	extensionId,
}, testInfo) => {
	await page.setViewportSize({ width: 1000, height: 900 });
	await openExtensionPage(page, extensionId, 'options.html#/clauses');
	await expect(page.getByRole('heading', { level: 1, name: 'Clause library' })).toBeVisible();
	const cards = page.locator('article.clause');
	await expect(cards).toHaveCount(20);
	await expect(page.getByTestId('clause-count')).toHaveText('20 clauses');
	await screenshot(page, testInfo, 'clauses');

	// Search narrows the list; a query matching nothing says so.
	await page.getByLabel('Search the clauses').fill('written permission');
	await expect(page.getByTestId('clause-count')).toHaveText(/of 20 clauses match$/);
	await expect(cards.filter({ hasText: 'Posting about people without written permission' })).toHaveCount(1);
	await page.getByLabel('Search the clauses').fill('zzzz-nothing');
	await expect(cards).toHaveCount(0);
	await page.getByLabel('Search the clauses').fill('');
	await expect(cards).toHaveCount(20);

	// A clause's title links to its own page: exact words, explanation, examples, who to ask.
	await page.getByRole('link', { name: 'Posting about people without written permission' }).click();
	await expect(page).toHaveURL(/#\/clauses\/consent$/);
	const clause = page.locator('article[data-clause="consent"]');
	await expect(clause.getByRole('heading', { level: 1 })).toBeFocused();
	await expect(clause.locator('blockquote')).toContainText('without their advanced written permission');
	await expect(clause.getByRole('heading', { name: 'Would raise it' })).toBeVisible();
	await expect(clause.getByRole('heading', { name: 'Would not raise it' })).toBeVisible();
	await expect(clause.getByRole('heading', { name: 'Who to ask' })).toBeVisible();
	for (const href of await clause
		.locator('a[href]')
		.evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
		expect(href).toMatch(/^(mailto:|https:|#\/)/);
	await screenshot(page, testInfo, 'clause-consent');

	// Deep links work on a fresh load too (where "Read the clause" lands); unknown ids say so.
	await openExtensionPage(page, extensionId, 'options.html#/clauses/offensive');
	await expect(page.locator('article[data-clause="offensive"] h1')).toHaveText(
		'Offensive content, insults, obscenity',
	);
	await openExtensionPage(page, extensionId, 'options.html#/clauses/no-such-clause');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Clause not found');

	// The full policy, as text.
	await page.getByRole('link', { name: 'Full policy' }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('The full policy');
	await expect(page.getByTestId('policy-text')).toContainText('Harass or bully other Staff');
	expect(await page.getByTestId('policy-text').locator('*').count()).toBe(0);
	await screenshot(page, testInfo, 'policy');

	await page.setViewportSize({ width: 360, height: 800 });
	await openExtensionPage(page, extensionId, 'options.html#/clauses/consent');
	await screenshot(page, testInfo, 'clause-narrow');
	expect(
		await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
	).toBeLessThanOrEqual(0);
});
