import { FIXTURE_PAGES } from '../../fixtures/fixture-pages';
import { expect, test } from '../extension-test';
import { openSurface, typeDraft, warning } from './surface-page';

test('typing before opting in shows no warning and sends nothing to the checker', async ({
	context,
	messageLog,
}) => {
	const seen = await messageLog();
	const fixture = FIXTURE_PAGES[0]!;
	const page = await openSurface(context, fixture);
	await typeDraft(page, fixture, 'What a shit week. Roll on Friday.');
	// Absence needs time to show: well past the debounce, a check would have been sent.
	await page.waitForTimeout(1000);
	await expect(warning(page)).toHaveCount(0);
	expect((await seen()).checkDraft ?? 0).toBe(0);
});
