import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { BrowserContext, Page, Worker } from '@playwright/test';

import { fixturePage } from '../../fixtures/fixture-pages';
import { launchExtension } from '../../harness/launch-extension';
import { expect, test } from '../extension-test';
import { optInOn } from '../opt-in';
import { openSurface, typeDraft, warning } from '../surfaces/surface-page';

// Restarts and faults: the worker stopped mid-session, a browser restart, broken settings, broken IndexedDB.

const fixture = fixturePage('x-post');

async function expectWarningFor(context: BrowserContext, draft: string, clause: RegExp): Promise<Page> {
	const page = await openSurface(context, fixture);
	await typeDraft(page, fixture, draft);
	await expect(warning(page)).toHaveAttribute('data-clauses', clause);
	return page;
}

/** Stops the extension's service worker as Chrome does when idle (CDP, from one of the extension's pages). */
async function stopWorker(context: BrowserContext, extensionId: string): Promise<void> {
	const ext = await context.newPage();
	await ext.goto(`chrome-extension://${extensionId}/welcome.html`);
	const cdp = await context.newCDPSession(ext);
	const versions: Array<{ versionId: string; scriptURL: string; runningStatus: string }> = [];
	cdp.on('ServiceWorker.workerVersionUpdated', (event) => versions.push(...event.versions));
	await cdp.send('ServiceWorker.enable');
	await expect.poll(() => versions.some((v) => v.scriptURL.includes(extensionId))).toBe(true);
	const ours = versions.find((v) => v.scriptURL.includes(extensionId))!;
	await cdp.send('ServiceWorker.stopWorker', { versionId: ours.versionId });
	await expect
		.poll(() => versions.filter((v) => v.versionId === ours.versionId).at(-1)?.runningStatus)
		.toBe('stopped');
	await cdp.detach();
	await ext.close();
}

test('the service worker stopped mid-session: the next keystroke still gets its warning', async ({
	context,
	extensionId,
	optIn,
}) => {
	await optIn();
	const page = await expectWarningFor(context, 'What a shit day', /\boffensive\b/);
	const before = context.serviceWorkers()[0]!;
	await before.evaluate(() => ((globalThis as { __before?: boolean }).__before = true));
	await stopWorker(context, extensionId);
	await page.bringToFront();
	await page.locator(fixture.editor).click();
	await page.keyboard.press('End');

	// Edit the flag away (the warning goes: a check ran), then type a new one (it comes back).
	for (let i = 0; i < 'shit day'.length; i++) await page.keyboard.press('Backspace');
	await page.keyboard.type('lovely day');
	await expect(warning(page)).toHaveCount(0);
	await page.keyboard.type(', you idiots');
	await expect(warning(page)).toHaveCount(1);
	// It was a fresh worker that answered: the old one's state is gone.
	const now = context.serviceWorkers().at(-1)!;
	expect(await now.evaluate(() => (globalThis as { __before?: boolean }).__before)).toBeUndefined();
});

test('settings and history survive a browser restart', async () => {
	test.setTimeout(120_000);
	const userDataDir = await mkdtemp(path.join(tmpdir(), 'second-look-restart-'));
	try {
		let { context, extensionId } = await launchExtension({ userDataDir });
		await optInOn(context, extensionId);
		(await expectWarningFor(context, 'What a shit day', /\boffensive\b/)).close();
		const history = await context.newPage();
		await history.goto(`chrome-extension://${extensionId}/options.html#/history`);
		await expect(history.getByTestId('history-table').locator('tbody tr')).toHaveCount(1);
		await context.close();

		({ context, extensionId } = await launchExtension({ userDataDir }));
		const again = await context.newPage();
		await again.goto(`chrome-extension://${extensionId}/options.html#/history`);
		await expect(again.getByTestId('history-table').locator('tbody tr')).toHaveCount(1);
		await again.goto(`chrome-extension://${extensionId}/welcome.html`);
		await expect(again.getByTestId('opt-in-status')).toHaveText('Second Look is on.');
		// Still on after the restart, without opting in again.
		await expectWarningFor(context, 'Another shit day', /\boffensive\b/);
		await context.close();
	} finally {
		await rm(userDataDir, { recursive: true, force: true });
	}
});

async function storeSettings(worker: Worker, value: unknown): Promise<void> {
	await worker.evaluate(async (settings) => {
		const { chrome } = globalThis as unknown as {
			chrome: {
				storage: { local: { set: (v: object) => Promise<void>; remove: (k: string) => Promise<void> } };
			};
		};
		if (settings === undefined) await chrome.storage.local.remove('settings');
		else await chrome.storage.local.set({ settings });
	}, value);
}

for (const [name, value] of [
	['not an object', 'garbage'],
	['wrong types', { optedIn: 'yes', sites: 7 }],
	['missing fields', { optedIn: true }],
] as const) {
	test(`corrupt settings (${name}) fall back to the defaults (off) with a notice`, async ({
		context,
		extensionId,
		optIn,
		worker,
		messageLog,
	}) => {
		await optIn();
		await storeSettings(worker, value);
		const options = await context.newPage();
		await options.goto(`chrome-extension://${extensionId}/options.html#/settings`);
		await expect(options.getByTestId('settings-corrupt')).toBeVisible();
		await options.goto(`chrome-extension://${extensionId}/popup.html`);
		await expect(options.getByTestId('settings-corrupt')).toBeVisible();
		// The defaults are in force: Second Look is off, so nothing is read.
		const seen = await messageLog();
		const page = await openSurface(context, fixture);
		await typeDraft(page, fixture, 'What a shit day');
		await page.waitForTimeout(1_000);
		await expect(warning(page)).toHaveCount(0);
		expect((await seen()).checkDraft ?? 0).toBe(0);
	});
}

test('missing settings are the defaults: off, no notice, and opting in again works', async ({
	context,
	extensionId,
	optIn,
	worker,
}) => {
	await optIn();
	await storeSettings(worker, undefined);
	const page = await context.newPage();
	await page.goto(`chrome-extension://${extensionId}/welcome.html`);
	await expect(page.getByTestId('opt-in-status')).not.toHaveText('Second Look is on.');
	await expect(page.getByTestId('settings-corrupt')).toHaveCount(0);
	await page.getByRole('button', { name: 'Turn on Second Look' }).click();
	await expect(page.getByTestId('opt-in-status')).toHaveText('Second Look is on.');
	await expectWarningFor(context, 'What a shit day', /\boffensive\b/);
});

/** Makes every IndexedDB open fail in a realm, as a full disk or a blocked database does. */
function breakIndexedDb(): void {
	const fail = () => {
		throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
	};
	Object.defineProperty(indexedDB, 'open', { value: fail, configurable: true });
	Object.defineProperty(indexedDB, 'deleteDatabase', { value: fail, configurable: true });
}

test('IndexedDB failing (quota): warnings keep working, and history says it is paused', async ({
	context,
	extensionId,
	optIn,
	worker,
}) => {
	await worker.evaluate(breakIndexedDb);
	await optIn();
	await expectWarningFor(context, 'What a shit day', /\boffensive\b/);

	// The worker answers history writes with `paused` instead of failing.
	const ext = await context.newPage();
	await ext.goto(`chrome-extension://${extensionId}/welcome.html`);
	const answer = await ext.evaluate(() => {
		const { chrome } = globalThis as unknown as {
			chrome: { runtime: { sendMessage: (message: unknown) => Promise<unknown> } };
		};
		return chrome.runtime.sendMessage({
			kind: 'recordHistory',
			event: {
				type: 'flag',
				id: crypto.randomUUID(),
				at: Date.now(),
				site: 'x',
				surface: 'post',
				clause: 'offensive',
				rule: 'offensive/profanity',
				words: [],
			},
		});
	});
	expect(answer).toEqual({ recorded: false, paused: true });

	// The pages read history themselves; with IndexedDB failing there too, they say it is paused.
	const pages = await context.newPage();
	await pages.addInitScript(breakIndexedDb);
	await pages.goto(`chrome-extension://${extensionId}/options.html#/history`);
	await expect(pages.getByTestId('history-paused')).toBeVisible();
	await pages.goto(`chrome-extension://${extensionId}/popup.html`);
	await expect(pages.getByTestId('popup-flags')).toHaveText('History is paused');
});
