import { readFile } from 'node:fs/promises';

import type { BrowserContext, Page } from '@playwright/test';

/** Serves an attack page from tests/fixtures/hostile/ at a real site's address (the rest of the site is 404). */
export async function openHostile(
	context: BrowserContext,
	name: string,
	url = 'https://x.com/home',
): Promise<Page> {
	const html = await readFile(`tests/fixtures/hostile/${name}.html`);
	const { origin } = new URL(url);
	const page = await context.newPage();
	await page.route('**/*', async (route) => {
		const request = route.request();
		if (!/^https?:/.test(request.url())) return route.continue();
		if (request.isNavigationRequest() && new URL(request.url()).origin === origin)
			await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
		else await route.fulfill({ status: 404, body: '' });
	});
	await page.goto(url);
	return page;
}
