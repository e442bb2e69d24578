import type { Page } from '@playwright/test';

import { FIXTURE_PAGES } from '../fixtures/fixture-pages';
import { expect, test } from './extension-test';
import { openSurface } from './surfaces/surface-page';

// Issue 8: "Report to the Headteacher". The popup's button (and the context menu on the four sites) opens the
// person's e-mail program with a report to the pack's reporting contact: the clause, the policy's duty-to-report
// words, the page address and the selected text. Nothing is sent; the tab is handed a `mailto:` and stays put.

const DUTY =
	'If a member of Staff sees content on social media that disparages or reflects poorly on the School including its Staff, pupils, parents, service providers, stakeholders or governors, they are required to report this in the first instance to the Headteacher without unreasonable delay.';

/** Recipient, subject and body of a `mailto:`, decoded. */
function parseMailto(mailto: string) {
	const url = new URL(mailto);
	return {
		to: decodeURIComponent(url.pathname),
		subject: url.searchParams.get('subject'),
		body: url.searchParams.get('body'),
	};
}

/** Selects the text of the first element matching `selector`, as a person dragging over it would. */
async function selectText(page: Page, selector: string): Promise<string> {
	return page
		.locator(selector)
		.first()
		.evaluate((element) => {
			const range = document.createRange();
			range.selectNodeContents(element);
			const selection = document.getSelection()!;
			selection.removeAllRanges();
			selection.addRange(range);
			return selection.toString();
		});
}

test('the popup reports the selection on the page in an e-mail to the Headteacher, sending nothing', async ({
	context,
	extensionId,
	optIn,
}) => {
	await optIn();
	const fixture = FIXTURE_PAGES.find((page) => page.id === 'x-reply')!;
	const page = await openSurface(context, fixture);
	const selected = await selectText(page, 'article[data-testid="tweet"] [data-testid="tweetText"]');
	expect(selected.length).toBeGreaterThan(0);

	// The popup, as the toolbar button shows it: for the active tab, which is the fixture page.
	const popup = await context.newPage();
	await page.bringToFront();
	await popup.goto(`chrome-extension://${extensionId}/popup.html`);
	await expect(popup.getByTestId('popup-site')).toContainText('Check my drafts on X');
	const mailtoRequest = page.waitForEvent('request', (request) => request.url().startsWith('mailto:'));
	await popup.getByRole('button', { name: 'Report to the Headteacher' }).click();

	const { to, subject, body } = parseMailto((await mailtoRequest).url());
	// The pack's reporting contact has no e-mail address: the person fills in the recipient.
	expect(to).toBe('');
	expect(subject).toBe(
		'Reporting content on social media: Disparaging the school or its community (reputation)',
	);
	expect(body).toContain('Dear Headteacher,');
	expect(body).toContain(`"${DUTY}"`);
	expect(body).toContain('Policy clause: Disparaging the school or its community (reputation)');
	expect(body).toContain(`Page: ${fixture.url}`);
	expect(body).toContain(`> ${selected.trim()}`);
	expect(body).toContain('\r\n');

	await expect(popup.getByTestId('report-status')).toContainText('Nothing has been sent');
	// The page stays where it was: the address only went to the e-mail program.
	expect(page.url()).toBe(fixture.url);
	await expect(page.locator(fixture.editor)).toHaveCount(1);
});

test('the context-menu item exists in the worker, for the four sites', async ({ worker }) => {
	// `update` fails for an id that was never created; Playwright cannot open native context menus. The menu is
	// made when the extension is installed, which may finish just after the worker starts.
	const menuExists = () =>
		worker.evaluate(
			() =>
				new Promise<string>((resolve) => {
					const { chrome } = globalThis as unknown as {
						chrome: {
							contextMenus: { update: (id: string, props: object, done: () => void) => void };
							runtime: { lastError?: { message?: string } };
						};
					};
					chrome.contextMenus.update('second-look-report', {}, () =>
						resolve(chrome.runtime.lastError?.message ?? 'ok'),
					);
				}),
		);
	await expect.poll(menuExists, { timeout: 10_000 }).toBe('ok');
});
