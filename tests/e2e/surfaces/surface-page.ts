import type { BrowserContext, Locator, Page } from '@playwright/test';

import { FEED_ITEM_SELECTOR, type FixturePage } from '../../fixtures/fixture-pages';
import { expect } from '../extension-test';
import { openFixture } from '../open-fixture';

/** Opens a fixture page at its real address in the extension's browser, and brings its composer up. */
export async function openSurface(context: BrowserContext, fixture: FixturePage): Promise<Page> {
	const page = await context.newPage();
	await openFixture(page, fixture);
	return page;
}

/** Types a draft into the fixture's editor, as a person would: each `\n` with the editor's new-line key. */
export async function typeDraft(page: Page, fixture: FixturePage, draft: string): Promise<void> {
	const editor = page.locator(fixture.editor);
	await expect(editor).toHaveCount(1);
	await editor.click();
	for (const [index, line] of draft.split('\n').entries()) {
		if (index > 0) await page.keyboard.press(fixture.newline ?? 'Enter');
		if (line) await page.keyboard.type(line);
	}
}

/** A draft that breaches the policy on this surface, the clause it raises, and a clean draft. */
export function draftsFor(fixture: FixturePage): { breaching: string; clause: string; clean: string } {
	if (fixture.id.endsWith('-signup'))
		return {
			breaching: 'j.okafor@mandeville.ealing.sch.uk',
			clause: 'work-email',
			clean: 'alex.doe@example.org',
		};
	return {
		breaching: fixture.newline ? 'What a shit week.\nRoll on Friday.' : 'What a shit week. Roll on Friday.',
		clause: 'offensive',
		clean: fixture.newline ? 'Lovely walk by the river.\nSee you all soon.' : 'Lovely walk by the river.',
	};
}

export function feed(page: Page): Locator {
	return page.locator(FEED_ITEM_SELECTOR);
}

export function warning(page: Page): Locator {
	return page.locator('[data-second-look="warning"]');
}

export function review(page: Page): Locator {
	return page.locator('[data-second-look="review"]');
}

/** The texts the page published, read from its feed (what the editor's model held at send time). */
export async function published(page: Page): Promise<(string | null)[]> {
	return feed(page).evaluateAll((items) => items.map((item) => item.textContent));
}
