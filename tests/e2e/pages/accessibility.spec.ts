import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import { fixturePage } from '../../fixtures/fixture-pages';
import { expect, test } from '../extension-test';
import { openFixture } from '../open-fixture';
import { openExtensionPage } from './page-helpers';

// axe-core's WCAG 2.x A and AA rules (contrast included) on every page the person meets, and on the warning.
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const PAGES = [
	'welcome.html',
	'options.html#/settings',
	'options.html#/clauses',
	'options.html#/clauses/offensive',
	'options.html#/history',
	'options.html#/policy',
	'popup.html',
	'practice.html',
];

for (const path of PAGES) {
	test(`${path} has no WCAG 2.1 AA violations and no layout shift`, async ({
		context,
		extensionId,
		optIn,
	}) => {
		await optIn();
		const page = await context.newPage();
		await openExtensionPage(page, extensionId, path);
		// Pages render after storage loads: wait for a heading before judging them.
		await page.locator('h1, h2').first().waitFor();
		const { violations } = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
		expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
			[],
		);
		// No layout shift while the page loads its settings and pack (Core Web Vitals' "good" is below 0.1).
		expect(await cumulativeLayoutShift(page)).toBeLessThan(0.1);
	});
}

/** The page's cumulative layout shift so far, from the browser's own layout-shift entries. */
async function cumulativeLayoutShift(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				let total = 0;
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number }>)
						total += entry.value;
				}).observe({ type: 'layout-shift', buffered: true });
				setTimeout(() => resolve(total), 300);
			}),
	);
}

test('the warning panel has no WCAG 2.1 AA violations', async ({ context, optIn }) => {
	await optIn();
	const page = await context.newPage();
	const fixture = fixturePage('x-post');
	await openFixture(page, fixture);
	await page.locator(fixture.editor).click();
	await page.keyboard.type('What a shit day at Mandeville');
	const warning = page.locator('[data-second-look="warning"]');
	await warning.getByRole('button', { name: /Second Look/ }).click();
	await expect(warning.locator('.sl-panel')).toBeVisible();
	const { violations } = await new AxeBuilder({ page })
		.include('[data-second-look="warning"]')
		.withTags(WCAG_AA)
		.analyze();
	expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
