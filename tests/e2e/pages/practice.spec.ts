import { expect, test } from '../extension-test';
import { openExtensionPage, screenshot } from './page-helpers';

test('practice: a look-alike box per site shows the same warning as on the sites', async ({
	page,
	extensionId,
}, testInfo) => {
	await page.setViewportSize({ width: 1000, height: 900 });
	await openExtensionPage(page, extensionId, 'practice.html');
	// Off until opted in: the page offers the same one button.
	await page.getByRole('button', { name: 'Turn on Second Look' }).click();
	await expect(page.getByRole('button', { name: 'Turn on Second Look' })).toBeHidden();
	for (const label of ['A Facebook post', 'A post on X', 'A LinkedIn post', 'An Instagram caption'])
		await expect(page.getByRole('textbox', { name: label })).toBeVisible();

	await page.getByRole('textbox', { name: 'A post on X' }).click();
	await page.keyboard.type('What a shit week. The parents at my school are idiots.');
	const warning = page.locator('[data-second-look="warning"]');
	await expect(warning).toHaveAttribute('data-clauses', /\boffensive\b/);
	await screenshot(page, testInfo, 'practice-warning');

	await page.setViewportSize({ width: 360, height: 800 });
	await screenshot(page, testInfo, 'practice-narrow');
	expect(
		await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
	).toBeLessThanOrEqual(0);
});
