import { fixturePage } from '../../fixtures/fixture-pages';
import { expect, test } from '../extension-test';
import { openSurface, published, review, typeDraft, warning } from './surface-page';

// The warning's own behaviour, on one fixture: highlights without touching the editor, badge and panel,
// keyboard, and the actions. Surface coverage is in surfaces.spec.ts.

const fixture = fixturePage('x-post');
const DRAFT = 'What a shit week.\nRoll on Friday.';

test('flagged words are highlighted with CSS highlights; the editor DOM holds no node of ours', async ({
	context,
	optIn,
}) => {
	await optIn();
	const page = await openSurface(context, fixture);
	await typeDraft(page, fixture, 'Lovely weather.');
	await page.keyboard.press('Enter');
	await page.keyboard.type('What a shit week.');
	await expect(warning(page)).toHaveAttribute('data-clauses', /\boffensive\b/);
	const marked = await page.evaluate(() => [...(CSS.highlights.get('second-look') ?? [])].map(String));
	expect(marked).toEqual(['shit']);
	const ours = await page
		.locator(fixture.editor)
		.evaluate((editor) => editor.querySelectorAll('[data-second-look], second-look-warning, style').length);
	expect(ours).toBe(0);
	await expect(page.locator('head style[data-second-look="highlight"]')).toHaveCount(1);
	expect(await warning(page).getAttribute('data-clauses')).not.toContain('shit');
});

test('the badge opens a labelled panel; Escape closes it; the policy words expand', async ({
	context,
	optIn,
}) => {
	await optIn();
	const page = await openSurface(context, fixture);
	await typeDraft(page, fixture, DRAFT.split('\n')[0]!);
	const badge = warning(page).getByRole('button', { name: /Second Look: one thing to consider/ });
	await badge.click();
	await expect(badge).toHaveAttribute('aria-expanded', 'true');
	const card = warning(page).locator('[data-clause="offensive"]');
	await expect(card.getByRole('heading')).toBeVisible();
	await expect(card.locator('mark')).toHaveText('shit');
	await card.getByText("The policy's words").click();
	await expect(card.locator('blockquote')).toBeVisible();
	await card.getByRole('button', { name: 'Read the clause' }).focus();
	await page.keyboard.press('Escape');
	await expect(badge).toHaveAttribute('aria-expanded', 'false');
});

test('Read the clause opens the clause in the options page', async ({ context, optIn }) => {
	await optIn();
	const page = await openSurface(context, fixture);
	await typeDraft(page, fixture, 'What a shit week.');
	await warning(page)
		.getByRole('button', { name: /Second Look/ })
		.click();
	const opened = context.waitForEvent('page');
	await warning(page).getByRole('button', { name: 'Read the clause' }).click();
	expect((await opened).url()).toMatch(/\/options\.html#\/clauses\/offensive$/);
});

test('"This flag is wrong" hides the flag for this draft, and the send is not held', async ({
	context,
	optIn,
}) => {
	await optIn();
	const page = await openSurface(context, fixture);
	await typeDraft(page, fixture, 'What a shit week.');
	await warning(page)
		.getByRole('button', { name: /Second Look/ })
		.click();
	await warning(page).getByRole('button', { name: 'This flag is wrong' }).click();
	await expect(warning(page)).toHaveCount(0);
	await page.locator(fixture.submit).click();
	await expect.poll(async () => (await published(page)).at(-1)).toBe('What a shit week.');
	await expect(review(page)).toHaveCount(0);
});

test('a page script cannot press Post anyway (untrusted clicks do nothing)', async ({ context, optIn }) => {
	await optIn();
	const page = await openSurface(context, fixture);
	const before = (await published(page)).length;
	await typeDraft(page, fixture, 'What a shit week.');
	await expect(warning(page)).toHaveAttribute('data-clauses', /offensive/);
	await page.locator(fixture.submit).click();
	await expect(review(page)).toBeVisible();
	await page.evaluate(() => {
		const root = document.querySelector('[data-second-look="review"]')!.shadowRoot!;
		const post = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Post anyway');
		post!.click();
	});
	await expect(review(page)).toBeVisible();
	expect(await published(page)).toHaveLength(before);
	// The review card's Ask link carries the clause, and the draft only when the person ticks the box.
	const ask = review(page).getByRole('link', { name: 'Ask my line manager' });
	expect(decodeURIComponent((await ask.getAttribute('href')) ?? '')).not.toContain('What a shit week');
	await review(page).getByRole('checkbox').check();
	expect(decodeURIComponent((await ask.getAttribute('href')) ?? '')).toContain('What a shit week');
});
