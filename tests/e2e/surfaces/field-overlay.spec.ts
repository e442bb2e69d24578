import { FIXTURE_PAGES } from '../../fixtures/fixture-pages';
import { expect, test } from '../extension-test';
import { openSurface } from './surface-page';

// A textarea's text is out of reach of DOM Ranges, so its flagged words are marked on a mirror laid over it,
// outside the site's tree; the field itself is never written to.

const fixture = FIXTURE_PAGES.find((f) => f.id === 'x-dm')!;

test('x-dm: a flagged word in a textarea is marked on a field overlay, removed when the word goes', async ({
	context,
	optIn,
}) => {
	await optIn();
	const page = await openSurface(context, fixture);
	const field = page.locator(fixture.editor);
	await expect(field).toHaveCount(1);
	await field.click();
	await page.keyboard.type('what a shit day');

	const overlay = page.locator('[data-second-look="field-highlight"]');
	await expect(overlay).toHaveCount(1);
	const marks = await overlay.evaluate((host) =>
		[...(host.shadowRoot?.querySelectorAll('mark') ?? [])].map((m) => m.textContent),
	);
	expect(marks).toEqual(['shit']);

	const mark = overlay.locator('mark');
	const markBox = (await mark.boundingBox())!;
	const fieldBox = (await field.boundingBox())!;
	expect(markBox.width).toBeGreaterThan(0);
	expect(markBox.x).toBeGreaterThanOrEqual(fieldBox.x);
	expect(markBox.y).toBeGreaterThanOrEqual(fieldBox.y);
	expect(markBox.x + markBox.width).toBeLessThanOrEqual(fieldBox.x + fieldBox.width);
	expect(markBox.y + markBox.height).toBeLessThanOrEqual(fieldBox.y + fieldBox.height);

	await expect(field).toHaveValue('what a shit day');
	// Nothing of ours inside the field: React mirrors the value into one text node (its defaultValue), no more.
	expect(
		await field.evaluate((el) => ({
			elements: el.children.length,
			texts: [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).length,
			text: el.textContent,
		})),
	).toEqual({ elements: 0, texts: 1, text: 'what a shit day' });
	// The overlay is outside the site's tree and never catches the pointer.
	expect(await overlay.evaluate((host) => host.parentElement === document.documentElement)).toBe(true);
	expect(await overlay.evaluate((host) => getComputedStyle(host).pointerEvents)).toBe('none');

	// Edit the word away: the overlay goes.
	for (let i = 0; i < ' day'.length; i++) await page.keyboard.press('ArrowLeft');
	for (let i = 0; i < 'shit'.length; i++) await page.keyboard.press('Backspace');
	await page.keyboard.type('good');
	await expect(field).toHaveValue('what a good day');
	await expect(page.locator('[data-second-look="warning"]')).toHaveCount(0);
	await expect(overlay).toHaveCount(0);
});
