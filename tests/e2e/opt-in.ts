import { expect, type BrowserContext } from '@playwright/test';

import { storedSettings } from './pages/page-helpers';

/**
 * Opts in on the welcome page as a person would, then unticks "Remind me…" (working-time reminders) on the
 * settings page. The reminders follow the wall clock: with them on, a run in school hours would see a
 * working-time finding on every draft that a run in the evening does not. (settings.spec.ts tests the
 * reminders setting itself.)
 */
export async function optInOn(context: BrowserContext, extensionId: string): Promise<void> {
	const page = await context.newPage();
	await page.goto(`chrome-extension://${extensionId}/welcome.html`);
	await page.getByRole('button', { name: 'Turn on Second Look' }).click();
	await expect(page.getByTestId('opt-in-status')).toHaveText('Second Look is on.');
	// A page shows a change before its write lands: wait for each write before the next page reads.
	await expect.poll(() => storedSettings(page)).toMatchObject({ optedIn: true });
	await page.goto(`chrome-extension://${extensionId}/options.html#/settings`);
	await page.getByRole('checkbox', { name: /^Remind me/ }).uncheck();
	await expect
		.poll(() => storedSettings(page))
		.toMatchObject({ optedIn: true, workingTime: { reminders: false } });
	// The settings page asks the worker for the pack's status and clause library as it opens. Wait for both
	// answers, so that no request of this page is still on its way when a test starts counting messages.
	await expect(page.getByTestId('pack-source')).toBeVisible();
	await expect(page.locator('#lm-hint')).toContainText('@');
	await page.close();
}
