import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';

import { launchExtension } from '../harness/launch-extension';
import { optInOn } from './opt-in';

export interface ExtensionFixtures {
	context: BrowserContext;
	extensionId: string;
	worker: Worker;
	/** Opts in through the welcome page's own button, as a person would (working-time reminders off: see opt-in.ts). */
	optIn: () => Promise<void>;
	/** Counts the requests of each kind the background receives from now on. */
	messageLog: () => Promise<() => Promise<Record<string, number>>>;
}

/** Playwright's `test`, with Chromium running the built extension. */
export const test = base.extend<ExtensionFixtures>({
	// eslint-disable-next-line no-empty-pattern
	context: async ({}, use) => {
		const { context } = await launchExtension();
		await use(context);
		await context.close();
	},
	worker: async ({ context }, use) => {
		await use(context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
	},
	extensionId: async ({ worker }, use) => {
		await use(new URL(worker.url()).host);
	},
	optIn: async ({ context, extensionId }, use) => {
		await use(() => optInOn(context, extensionId));
	},
	messageLog: async ({ worker }, use) => {
		await use(async () => {
			// A second listener in the worker's own scope sees every message the router sees.
			await worker.evaluate(() => {
				type Listener = (message: { kind?: string }) => void;
				const scope = globalThis as unknown as {
					__seen: Record<string, number>;
					chrome: { runtime: { onMessage: { addListener: (listener: Listener) => void } } };
				};
				scope.__seen = {};
				scope.chrome.runtime.onMessage.addListener((message) => {
					const kind = String(message?.kind);
					scope.__seen[kind] = (scope.__seen[kind] ?? 0) + 1;
				});
			});
			return () =>
				worker.evaluate(() => (globalThis as unknown as { __seen: Record<string, number> }).__seen);
		});
	},
});

export { expect };

/** Serves a local HTML file at a real site's address, so the content script injects as it would there. */
export async function serveAt(page: Page, url: string, file: string): Promise<void> {
	const { origin } = new URL(url);
	await page.route(`${origin}/**`, (route) => route.fulfill({ path: file, contentType: 'text/html' }));
	await page.goto(url);
}
