import type { Page, TestInfo, Worker } from '@playwright/test';

/** Opens one of the extension's own pages. */
export async function openExtensionPage(page: Page, extensionId: string, path: string): Promise<void> {
	await page.goto(`chrome-extension://${extensionId}/${path}`);
}

/** Saves a full-page screenshot as a test artefact (test-results/…). */
export async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
	const path = testInfo.outputPath(`${name}.png`);
	await page.screenshot({ path, fullPage: true });
	await testInfo.attach(name, { path, contentType: 'image/png' });
}

/** The settings object as stored in extension storage, read in the worker or in one of our pages. */
export async function storedSettings(target: Pick<Worker, 'evaluate'>): Promise<Record<string, unknown>> {
	return target.evaluate(async () => {
		const scope = globalThis as unknown as {
			chrome: { storage: { local: { get: (k: string) => Promise<Record<string, unknown>> } } };
		};
		return (await scope.chrome.storage.local.get('settings')).settings as Record<string, unknown>;
	});
}

/** Writes raw values into extension storage (to plant corrupt settings, say). */
export async function writeStorage(worker: Worker, values: Record<string, unknown>): Promise<void> {
	await worker.evaluate(async (v) => {
		const scope = globalThis as unknown as {
			chrome: { storage: { local: { set: (v: Record<string, unknown>) => Promise<void> } } };
		};
		await scope.chrome.storage.local.set(v);
	}, values);
}

/** Reports a flag (and optionally an action) to the background, exactly as the content script does. */
export async function reportFlag(
	page: Page,
	flag: { id: string; at: number; site: string; clause: string; rule: string; words?: string[] },
	action?: string,
): Promise<unknown> {
	return page.evaluate(
		async ({ flag, action }) => {
			const runtime = (
				globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }
			).chrome.runtime;
			const answer = await runtime.sendMessage({
				kind: 'recordHistory',
				event: { type: 'flag', surface: 'post', words: [], ...flag },
			});
			if (action)
				await runtime.sendMessage({
					kind: 'recordHistory',
					event: { type: 'action', id: flag.id, action, at: flag.at + 1000 },
				});
			return answer;
		},
		{ flag, action },
	);
}
