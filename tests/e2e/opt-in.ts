import { expect, type BrowserContext } from '@playwright/test';

/**
 * Opts in on the welcome page as a person would, then turns working-time reminders off. They follow the
 * wall clock: with them on, a run in school hours would see a working-time finding on every draft that a
 * run in the evening does not. (settings.spec.ts tests the reminders setting itself.)
 */
export async function optInOn(context: BrowserContext, extensionId: string): Promise<void> {
	const page = await context.newPage();
	await page.goto(`chrome-extension://${extensionId}/welcome.html`);
	await page.getByRole('button', { name: 'Turn on Second Look' }).click();
	await expect(page.getByTestId('opt-in-status')).toHaveText('Second Look is on.');
	// The page shows "on" before its own write lands: wait for that write, so ours comes after it.
	await page.evaluate(async () => {
		type Settings = { optedIn: boolean; workingTime: Record<string, unknown> };
		const { local } = (
			globalThis as unknown as {
				chrome: {
					storage: {
						local: {
							get: (key: string) => Promise<{ settings?: Settings }>;
							set: (items: { settings: Settings }) => Promise<void>;
						};
					};
				};
			}
		).chrome.storage;
		let settings = (await local.get('settings')).settings;
		while (!settings?.optedIn) {
			await new Promise((resolve) => setTimeout(resolve, 20));
			settings = (await local.get('settings')).settings;
		}
		await local.set({
			settings: { ...settings, workingTime: { ...settings.workingTime, reminders: false } },
		});
	});
	await page.close();
}
