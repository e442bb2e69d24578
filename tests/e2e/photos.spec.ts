import type { Page } from '@playwright/test';

import { FIXTURE_PAGES, type FixturePage } from '../fixtures/fixture-pages';
import { expect, test } from './extension-test';
import { PNG_1X1 } from './open-fixture';
import { openSurface, typeDraft, warning } from './surfaces/surface-page';

// Issue 8: each post surface counts the photos attached in its composer (from the composer's own previews) and
// checks the draft again when one is added or removed. A school trip with a photo raises `photos`; the same photo
// with a holiday raises nothing; removing the photo clears `photos`.

const POST_SURFACES = ['facebook-post', 'x-post', 'linkedin-post', 'instagram-caption'];

/** A school trip the pack flags with a photo, and (the text alone) without one does not raise `photos`. */
const SCHOOL_TRIP = 'Great school trip to the Science Museum with Year 8 today';
const HOLIDAY = 'Sunset in Crete, bliss';

/** The clauses the warning shows now ('' when there is no warning). */
async function shownClauses(page: Page): Promise<string> {
	const clauses = await warning(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-clauses')));
	return clauses.join(' ');
}

/** Attaches the photo through the composer's own file input, unless the open steps already did (Instagram). */
async function attachPhoto(page: Page, fixture: FixturePage): Promise<void> {
	const { input, container } = fixture.attachments!;
	if ((await page.locator(`${container} img`).count()) > 0) return;
	await page
		.locator(input)
		.first()
		.setInputFiles({ name: 'museum.png', mimeType: 'image/png', buffer: PNG_1X1 });
	await expect(page.locator(`${container} img`)).toHaveCount(1);
}

async function removePhoto(page: Page, fixture: FixturePage): Promise<void> {
	const { container } = fixture.attachments!;
	await page.locator(container).locator('button').first().click();
	await expect(page.locator(`${container} img`)).toHaveCount(0);
}

for (const id of POST_SURFACES) {
	const fixture = FIXTURE_PAGES.find((page) => page.id === id);
	test.describe(id, () => {
		test.skip(!fixture?.attachments, `${id} has no attachment input and preview in its fixture`);

		test('a school-trip draft with a photo raises photos; removing the photo clears it', async ({
			context,
			optIn,
		}) => {
			await optIn();
			const page = await openSurface(context, fixture!);
			await attachPhoto(page, fixture!);
			await typeDraft(page, fixture!, SCHOOL_TRIP);
			await expect(warning(page)).toHaveAttribute('data-clauses', /\bphotos\b/);

			await removePhoto(page, fixture!);
			await expect.poll(() => shownClauses(page)).not.toMatch(/\bphotos\b/);

			// Adding it back, with the text unchanged, checks the draft again. (Not on Instagram: there a new
			// photo starts the create flow again, away from the caption.)
			if (fixture!.open.some((step) => step.action === 'upload')) return;
			await attachPhoto(page, fixture!);
			await expect(warning(page)).toHaveAttribute('data-clauses', /\bphotos\b/);
		});

		test('the same photo with a holiday draft raises nothing', async ({ context, optIn, messageLog }) => {
			await optIn();
			const page = await openSurface(context, fixture!);
			await attachPhoto(page, fixture!);
			const seen = await messageLog();
			await typeDraft(page, fixture!, HOLIDAY);
			// The draft has been checked (with the photo counted) and the answer drawn.
			await expect.poll(async () => (await seen()).checkDraft ?? 0).toBeGreaterThan(0);
			await page.waitForTimeout(600);
			await expect(warning(page)).toHaveCount(0);
		});
	});
}
