import type { Page } from '@playwright/test';

import { expect, test } from '../extension-test';

// Boxes no adapter names are still checked; passwords, search and log-in fields never are; and a box
// that appears after an in-page (SPA) navigation is picked up like any other.
const PAGE = `<!doctype html><html><body>
<main id="app">
	<label>Unknown box <textarea id="unknown" aria-label="Unknown box"></textarea></label>
	<label>Password <input id="password" type="password" aria-label="Password"></label>
	<label>Search <input id="search" type="search" aria-label="Search"></label>
	<form id="login"><input id="username" type="text" aria-label="Username"><input type="password" aria-label="Login password"></form>
</main>
<script>
	document.addEventListener('click', (event) => {
		if (event.target.id !== 'go') return;
		history.pushState({}, '', '/messages/new');
		document.getElementById('app').innerHTML = '<div id="late" contenteditable="true" role="textbox" aria-label="New message"></div>';
	});
</script>
<button id="go">Open messages</button>
</body></html>`;

async function serveX(page: Page): Promise<void> {
	await page.route('https://x.com/**', (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
	await page.goto('https://x.com/settings');
}

const warning = (page: Page) => page.locator('[data-second-look="warning"]');

test('an editable box no adapter names is still checked; password, search and log-in fields are not read', async ({
	context,
	optIn,
	messageLog,
}) => {
	await optIn();
	const page = await context.newPage();
	await serveX(page);
	const seen = await messageLog();
	for (const id of ['password', 'search', 'username']) {
		await page.locator(`#${id}`).fill('');
		await page.locator(`#${id}`).click();
		await page.keyboard.type('what a shit idea');
	}
	// Past the debounce, nothing typed there reached the checker.
	await page.waitForTimeout(800);
	expect((await seen()).checkDraft ?? 0).toBe(0);
	await expect(warning(page)).toHaveCount(0);

	await page.locator('#unknown').click();
	await page.keyboard.type('what a shit idea');
	await expect(warning(page)).toHaveAttribute('data-clauses', /\boffensive\b/);
});

test('a box that appears after an in-page navigation is checked', async ({ context, optIn }) => {
	await optIn();
	const page = await context.newPage();
	await serveX(page);
	await page.locator('#go').click();
	await expect(page).toHaveURL('https://x.com/messages/new');
	await page.locator('#late').click();
	await page.keyboard.type('this is bollocks');
	await expect(warning(page)).toHaveAttribute('data-clauses', /\boffensive\b/);
});
