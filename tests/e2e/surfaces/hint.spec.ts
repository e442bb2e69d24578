import { fixturePage } from '../../fixtures/fixture-pages';
import { expect, test } from '../extension-test';
import { openSurface, typeDraft, warning } from './surface-page';

// A draft no rule flags but the pack's hint model does (rules/hint-model.yaml): replying to a complaint
// as if for the school. The card says it is the wording, and names the words that weighed most. Official
// voice reaches its threshold; affiliation, which speaking as the school always raises too, comes along at
// its lower one (a draft already flagged).

const fixture = fixturePage('instagram-comment');
const DRAFT =
	'Thank you for your feedback. The school takes all concerns about uniform seriously and the policy will be reviewed next term.';

test('a hint from the wording is shown as one, with the words that weighed most', async ({
	context,
	optIn,
}) => {
	await optIn();
	const page = await openSurface(context, fixture);
	await typeDraft(page, fixture, DRAFT);
	await expect(warning(page)).toHaveAttribute('data-clauses', 'affiliation official-voice');
	await warning(page)
		.getByRole('button', { name: /Second Look/ })
		.click();
	const card = warning(page).locator('[data-clause="official-voice"]');
	// Which words weigh most is the trained model's to say, and changes when it is retrained: the card shows
	// some of the draft's own words.
	await expect(card.locator('.sl-words')).toHaveText(/^Weighed most: \S/);
	const words = (await card.locator('.sl-words').textContent())!.replace('Weighed most: ', '');
	expect(DRAFT).toContain(words);
	await expect(card.locator('.sl-why')).toContainText('Worded like drafts a reviewer would raise under');
});
