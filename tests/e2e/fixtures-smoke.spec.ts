import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { FEED_ITEM_SELECTOR, FIXTURE_PAGES, type FixturePage } from '../fixtures/fixture-pages';
import { openFixture, PNG_1X1 } from './open-fixture';

// Smoke test of the fixture pages alone (no extension): each one loads at its real origin, its composer opens,
// keyboard typing reaches the editor's model, and a send publishes exactly the draft.
// Build the pages first: npm run fixtures:build

const LINES = ["Second Look's smoke test 🙂", '', 'second line — with “quotes” & <tags>'];

function draftFor(fixture: FixturePage): string {
	return fixture.newline ? LINES.join('\n') : LINES.filter(Boolean).join(' ');
}

// This file launches its own browser; no traces (the shared test-results/ dir may be cleaned by parallel runs).
test.use({ trace: 'off' });

let browser: Browser;

test.beforeAll(async () => {
	browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		headless: true,
	});
});
test.afterAll(async () => {
	await browser?.close();
});

async function openIsolated(fixture: FixturePage): Promise<{ page: Page; errors: string[] }> {
	expect(existsSync(fixture.file), `${fixture.file} is missing: run npm run fixtures:build`).toBe(true);
	const page = await (await browser.newContext()).newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await openFixture(page, fixture);
	return { page, errors };
}

async function typeDraft(page: Page, fixture: FixturePage): Promise<string> {
	const editor = page.locator(fixture.editor);
	await expect(editor).toHaveCount(1);
	await editor.click();
	const lines = fixture.newline ? LINES : [draftFor(fixture)];
	for (const [index, line] of lines.entries()) {
		if (index > 0) await page.keyboard.press(fixture.newline ?? 'Enter');
		if (line) await page.keyboard.type(line);
	}
	return draftFor(fixture);
}

async function feedTexts(page: Page): Promise<(string | null)[]> {
	return page.locator(FEED_ITEM_SELECTOR).evaluateAll((items) => items.map((item) => item.textContent));
}

async function expectPublished(
	page: Page,
	fixture: FixturePage,
	before: number,
	draft: string,
): Promise<void> {
	await expect.poll(async () => (await feedTexts(page)).length).toBe(before + 1);
	expect((await feedTexts(page)).at(-1)).toBe(draft);
	const editor = page.locator(fixture.editor);
	if (fixture.afterSend === 'closed') {
		await expect(editor).toHaveCount(0);
		return;
	}
	await expect
		.poll(() =>
			editor.evaluate((element) =>
				element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement
					? element.value
					: (element.textContent ?? ''),
			),
		)
		.toBe(fixture.afterSend === 'kept' ? draft : '');
}

for (const fixture of FIXTURE_PAGES) {
	test.describe(fixture.id, () => {
		test(`${fixture.id}: typed draft is published exactly via the submit control`, async () => {
			const { page, errors } = await openIsolated(fixture);
			const before = (await feedTexts(page)).length;
			const draft = await typeDraft(page, fixture);
			await page.locator(fixture.submit).click();
			await expectPublished(page, fixture, before, draft);
			expect(errors).toEqual([]);
			await page.context().close();
		});

		if (fixture.keyboardSubmit) {
			const key = fixture.keyboardSubmit;
			test(`${fixture.id}: ${key} publishes the draft`, async () => {
				const { page, errors } = await openIsolated(fixture);
				const before = (await feedTexts(page)).length;
				const draft = await typeDraft(page, fixture);
				await page.keyboard.press(key);
				await expectPublished(page, fixture, before, draft);
				expect(errors).toEqual([]);
				await page.context().close();
			});
		}

		const attachments = fixture.attachments;
		if (attachments) {
			test(`${fixture.id}: an attached image shows in the preview container and is posted`, async () => {
				const { page, errors } = await openIsolated(fixture);
				const container = page.locator(attachments.container);
				const already = await container.locator('img, video').count();
				if (already === 0) {
					await page
						.locator(attachments.input)
						.first()
						.setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: PNG_1X1 });
				}
				await expect(container.locator('img, video')).toHaveCount(1);
				const draft = await typeDraft(page, fixture);
				await page.locator(fixture.submit).click();
				await expect.poll(async () => (await feedTexts(page)).at(-1)).toBe(draft);
				await expect(page.locator('[data-fx-feed] [data-fx-attachment-count]').last()).toHaveAttribute(
					'data-fx-attachment-count',
					'1',
				);
				expect(errors).toEqual([]);
				await page.context().close();
			});
		}
	});
}
