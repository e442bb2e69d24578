import { fixturePage, type FixturePage } from '../fixtures/fixture-pages';
import { expect, test } from './extension-test';
import { openFixture } from './open-fixture';

// The whole path on one clause, at each of the five origins: compose box → background → inline warning.
const ORIGINS: Array<{ fixture: FixturePage; url?: string }> = [
	{ fixture: fixturePage('facebook-post') },
	{ fixture: fixturePage('x-post') },
	{ fixture: fixturePage('x-post'), url: 'https://twitter.com/home' },
	{ fixture: fixturePage('linkedin-post') },
	{ fixture: fixturePage('instagram-caption') },
];

const OFFENSIVE_WORDS =
	'Staff must not post anything that their colleagues, the School’s past, current or prospective pupils, parents, service providers or stakeholders may find offensive, including discriminatory comments, insults or obscenity.';

for (const { fixture, url = fixture.url } of ORIGINS) {
	test(`warns about profanity on ${new URL(url).host} (${fixture.id}) and clears when it is edited away`, async ({
		context,
		optIn,
	}) => {
		await optIn();
		const page = await context.newPage();
		await openFixture(page, fixture, url);
		const editor = page.locator(fixture.editor);
		await editor.click();
		await page.keyboard.type('Long week. This bloody printer is a piece of shit');

		const warning = page.locator('[data-second-look="warning"]');
		await expect(warning).toHaveAttribute('data-clauses', /\boffensive\b/);
		// The badge opens the panel; the panel must fit in the window, whichever way it opens.
		await warning.getByRole('button', { name: /Second Look/ }).click();
		const panel = warning.locator('.sl-panel');
		const box = (await panel.boundingBox())!;
		expect(box.y).toBeGreaterThanOrEqual(0);
		expect(box.y + box.height).toBeLessThanOrEqual(page.viewportSize()!.height);
		const card = warning.locator('[data-clause="offensive"]');
		await expect(card).toContainText('Offensive content, insults, obscenity');
		await expect(card).toContainText(OFFENSIVE_WORDS);
		const mailto = await card.getByRole('link', { name: 'Ask my line manager' }).getAttribute('href');
		expect(mailto).toMatch(/^mailto:/);
		expect(decodeURIComponent(new URL(mailto!).searchParams.get('subject') ?? '')).toContain('offensive');
		// The warning lives outside the editor, and no draft text is put in attributes.
		expect(await editor.locator('second-look-warning, [data-second-look]').count()).toBe(0);
		expect(
			await warning.evaluate((host) => [...host.attributes].map((a) => a.value).join(' ')),
		).not.toContain('shit');

		// Escape closes the panel and puts the caret back in the draft.
		await page.keyboard.press('Escape');
		await expect(panel).toHaveCount(0);
		await page.keyboard.press('End');
		for (let i = 0; i < 'shit'.length; i++) await page.keyboard.press('Backspace');
		await page.keyboard.type('pain');
		await expect(warning).toHaveCount(0);
	});
}

test('reads nothing before the person opts in', async ({ context, messageLog }) => {
	const seen = await messageLog();
	const page = await context.newPage();
	const fixture = fixturePage('x-post');
	await openFixture(page, fixture);
	await page.locator(fixture.editor).click();
	await page.keyboard.type('What a shit day');
	// Wait well past the debounce, then check that nothing was sent and nothing shown.
	await page.waitForTimeout(1500);
	await expect(page.locator('[data-second-look="warning"]')).toHaveCount(0);
	expect((await seen()).checkDraft ?? 0).toBe(0);
});
