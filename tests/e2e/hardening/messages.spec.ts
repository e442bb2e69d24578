import { MAX_CHECKED_CHARS } from '../../../extension/messaging/protocol';
import { fixturePage } from '../../fixtures/fixture-pages';
import { expect, test } from '../extension-test';
import { openSurface, warning } from '../surfaces/surface-page';

// Messages at the edge: a page cannot talk to the worker (see hostile.spec.ts, script-attack.html); an
// over-long draft is checked up to the limit and the warning says so.

test('a 120,000-character draft is checked up to the limit and the warning says only its beginning was', async ({
	context,
	optIn,
}) => {
	test.setTimeout(90_000);
	await optIn();
	const fixture = fixturePage('x-dm'); // a React-controlled textarea: its own input path is the input event
	const page = await openSurface(context, fixture);
	const head = 'What a shit day. ';
	const filler = 'Lovely walk by the river this morning with the dog. ';
	const body = filler.repeat(Math.ceil(120_000 / filler.length));
	// An insult past the limit: it must not be flagged, since it was never checked.
	const draft = `${head}${body.slice(0, MAX_CHECKED_CHARS + 5_000 - head.length)}you idiot ${body}`.slice(
		0,
		120_000,
	);
	expect(draft.length).toBe(120_000);
	expect(draft.indexOf('idiot')).toBeGreaterThan(MAX_CHECKED_CHARS);
	const editor = page.locator(fixture.editor);
	await editor.click();
	await editor.fill(draft); // sets the value and fires `input`, as a paste does
	await page.keyboard.type('!'); // and one real keystroke through the editor

	const host = warning(page);
	await expect(host).toHaveAttribute('data-clauses', /\boffensive\b/, { timeout: 15_000 });
	const badge = host.getByRole('button', { name: /^Second Look: / });
	await badge.click();
	await expect(host.getByText('This draft is very long: only its beginning was checked.')).toBeVisible();
	await expect(host.locator('mark', { hasText: 'idiot' })).toHaveCount(0);
	await expect(host.locator('mark', { hasText: 'shit' })).toHaveCount(1);
	expect(await editor.inputValue()).toHaveLength(120_001); // the draft itself is untouched
});
