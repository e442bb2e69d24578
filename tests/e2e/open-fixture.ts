import { readFile } from 'node:fs/promises';

import { expect, type Page } from '@playwright/test';

import type { FixturePage } from '../fixtures/fixture-pages';

/** A 1×1 PNG, for fixtures whose composer needs a photo before it opens. */
export const PNG_1X1 = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
	'base64',
);

/**
 * Serves a built fixture page at its real site's address (or `url`), so the extension's content script
 * injects as on the site; every other request gets a 404, so nothing reaches the network. Then opens
 * the composer with the fixture's own steps.
 */
export async function openFixture(page: Page, fixture: FixturePage, url = fixture.url): Promise<void> {
	const html = await readFile(fixture.file).catch(() => {
		throw new Error(`${fixture.file} is missing: run npm run fixtures:build`);
	});
	const { origin } = new URL(url);
	await page.route('**/*', async (route) => {
		const request = route.request();
		if (request.isNavigationRequest() && new URL(request.url()).origin === origin) {
			await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
		} else await route.fulfill({ status: 404, body: '' });
	});
	await page.goto(url);
	for (const step of fixture.open) {
		const target = page.locator(step.selector).first();
		if (step.action === 'click') await target.click();
		else if (step.action === 'select') await target.selectOption(step.value);
		else await target.setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: PNG_1X1 });
	}
	await expect(page.locator(fixture.editor)).toHaveCount(1);
}
