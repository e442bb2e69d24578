import { FIXTURE_PAGES } from '../../fixtures/fixture-pages';
import { expect, test } from '../extension-test';
import { openSurface, typeDraft } from '../surfaces/surface-page';
import type { Page } from '@playwright/test';

import type { PackStatus } from '../../../extension/messaging/pack-protocol';
import { leaksOf, recordNetwork, type RecordedRequest } from './network-recorder';
import { installPack, PACK_URL, publishPack } from './signed-pack';

// Privacy by test: a whole session, recorded at every vantage point, carries no draft text anywhere and
// reaches no address but the extension's own files and the pages the person opened.

/** Made-up words that appear in every draft typed below, and nowhere else. */
const MARKERS = ['Zanquokka', 'Velvetmarmot'];
const DRAFT = `${MARKERS[0]} and ${MARKERS[1]}: what a shit day`;
const EMAIL_DRAFT = `${MARKERS[0]}.${MARKERS[1]}@gmail.com`;

/** Where a page the person opens may send requests: its own site (the fixtures answer 404 to the rest). */
const SITE_ORIGIN =
	/^https:\/\/([\w-]+\.)*(facebook\.com|x\.com|twitter\.com|linkedin\.com|instagram\.com)(\/|$)/;

function outsideAllowed(requests: RecordedRequest[], extensionId: string, packUrls: string[]): string[] {
	const own = `chrome-extension://${extensionId}/`;
	return requests
		.filter((r) => {
			if (r.url.startsWith(own) || /^(data|blob):/.test(r.url)) return false;
			if (packUrls.some((url) => r.url === url || r.url === `${url}.sig`)) return false;
			// The worker and the extension's pages fetch nothing but the pack; site pages only their own origin.
			return r.fromWorker || !SITE_ORIGIN.test(r.url);
		})
		.map((r) => `${r.via}${r.fromWorker ? ' (worker)' : ''} ${r.method} ${r.url}`);
}

/** The pack address in force (policy or settings), as the worker reports it. */
async function configuredPackUrls(page: Page): Promise<string[]> {
	const status = await page.evaluate(() => {
		const { chrome } = globalThis as unknown as {
			chrome: { runtime: { sendMessage: (message: unknown) => Promise<PackStatus> } };
		};
		return chrome.runtime.sendMessage({ kind: 'getPackStatus' });
	});
	return status.source.url ? [status.source.url] : [];
}

test('a whole session sends no draft text anywhere and fetches nothing but its own files', async ({
	context,
	extensionId,
	optIn,
	messageLog,
}) => {
	test.setTimeout(300_000);
	const network = recordNetwork(context);
	const first = await context.newPage();
	await network.watchPage(first);
	await network.watchWorker(first, extensionId);
	const seen = await messageLog();
	const checks = async () => (await seen()).checkDraft ?? 0;

	await optIn();

	// Every fixture surface of the four sites: type a draft, and wait until the worker has checked it.
	for (const fixture of FIXTURE_PAGES) {
		const page = await openSurface(context, fixture);
		await network.watchPage(page);
		const before = await checks();
		await typeDraft(page, fixture, fixture.editor.includes('email') ? EMAIL_DRAFT : DRAFT);
		await expect.poll(checks, { message: `${fixture.id} was never checked` }).toBeGreaterThan(before);
		await page.close();
	}

	// The extension's own pages, including a draft on the practice page.
	for (const route of ['welcome.html', 'popup.html', 'options.html#/settings', 'options.html#/clauses']) {
		const page = await context.newPage();
		await network.watchPage(page);
		await page.goto(`chrome-extension://${extensionId}/${route}`);
		await page.waitForLoadState('networkidle');
		await page.close();
	}
	for (const route of ['options.html#/history', 'options.html#/policy']) {
		const page = await context.newPage();
		await network.watchPage(page);
		await page.goto(`chrome-extension://${extensionId}/${route}`);
		await page.waitForLoadState('networkidle');
		await page.close();
	}
	const practice = await context.newPage();
	await network.watchPage(practice);
	await practice.goto(`chrome-extension://${extensionId}/practice.html`);
	const before = await checks();
	await practice.locator('textarea').first().click();
	await practice.keyboard.type(DRAFT);
	await expect.poll(checks).toBeGreaterThan(before);
	await expect(practice.locator('[data-second-look="warning"]')).toHaveCount(1);
	await practice.close();

	const status = await context.newPage();
	await status.goto(`chrome-extension://${extensionId}/welcome.html`);
	const packUrls = await configuredPackUrls(status);
	const requests = await network.settle();
	await network.detach();
	// The recorder saw the session (so an empty list below means something).
	expect(requests.some((r) => r.via === 'cdp-page')).toBe(true);
	expect(requests.filter((r) => SITE_ORIGIN.test(r.url)).length).toBeGreaterThanOrEqual(FIXTURE_PAGES.length);
	expect(leaksOf(requests, MARKERS)).toEqual([]);
	expect(outsideAllowed(requests, extensionId, packUrls)).toEqual([]);
});

test('a pack update fetches the configured pack and its signature, and nothing else', async ({
	context,
	extensionId,
	optIn,
}) => {
	const network = recordNetwork(context);
	const ext = await context.newPage();
	await network.watchPage(ext);
	await network.watchWorker(ext, extensionId);
	await optIn();
	const { publicKey, served } = await publishPack(context);
	await ext.goto(`chrome-extension://${extensionId}/welcome.html`);
	const status = await installPack(ext, publicKey);
	test.skip(
		status.source.from === 'policy',
		`a managed policy sets the pack source here: ${status.source.url}`,
	);
	expect(status).toMatchObject({ lastOutcome: 'updated', active: { version: '99.0.0' } });

	// A draft checked against the new pack: still nothing on the wire.
	const page = await context.newPage();
	await network.watchPage(page);
	await page.route('https://x.com/**', (route) =>
		route.fulfill({
			contentType: 'text/html',
			body: '<!doctype html><textarea aria-label="Post"></textarea>',
		}),
	);
	await page.goto('https://x.com/');
	await page.locator('textarea').click();
	await page.keyboard.type(DRAFT);
	await expect(page.locator('[data-second-look="warning"]')).toHaveCount(1);

	const requests = await network.settle();
	await network.detach();
	expect(served).toEqual([PACK_URL, `${PACK_URL}.sig`]);
	const fromWorker = requests.filter((r) => r.fromWorker && !r.url.startsWith('chrome-extension://'));
	expect(new Set(fromWorker.map((r) => r.url))).toEqual(new Set([PACK_URL, `${PACK_URL}.sig`]));
	// Seen from both vantage points, and with no cookies or credentials.
	expect(fromWorker.some((r) => r.via === 'cdp-worker')).toBe(true);
	for (const r of fromWorker)
		expect(Object.keys(r.headers).map((h) => h.toLowerCase())).not.toContain('cookie');
	expect(leaksOf(requests, MARKERS)).toEqual([]);
	expect(outsideAllowed(requests, extensionId, [PACK_URL])).toEqual([]);
});
