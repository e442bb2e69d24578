import { expect, type BrowserContext } from '@playwright/test';

import { SETTINGS_VERSION } from '../../extension/storage/settings-migrations';

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
	// The page shows "on" before its own write lands: wait for it, so ours comes after. The version mark goes
	// with ours, so no page that loads later migrates the value back to the defaults; and the value is read
	// back until it has stayed put.
	await page.evaluate(async (version) => {
		type Settings = { optedIn: boolean; workingTime: { reminders: boolean } };
		const { local } = (
			globalThis as unknown as {
				chrome: {
					storage: {
						local: {
							get: (key: string) => Promise<{ settings?: Settings }>;
							set: (items: Record<string, unknown>) => Promise<void>;
						};
					};
				};
			}
		).chrome.storage;
		const pause = () => new Promise((resolve) => setTimeout(resolve, 100));
		for (let steady = 0; steady < 3;) {
			const { settings } = await local.get('settings');
			if (!settings?.optedIn) steady = 0;
			else if (settings.workingTime.reminders) {
				steady = 0;
				await local.set({
					settings: { ...settings, workingTime: { ...settings.workingTime, reminders: false } },
					settings$: { v: version },
				});
			} else steady++;
			await pause();
		}
	}, SETTINGS_VERSION);
	await page.close();
}
