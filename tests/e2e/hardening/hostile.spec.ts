import type { Locator } from '@playwright/test';

import { fixturePage } from '../../fixtures/fixture-pages';
import { expect, test } from '../extension-test';
import { openSurface, published, review, typeDraft, warning } from '../surfaces/surface-page';
import { openHostile } from './hostile-page';
import { installPack, publishPack } from './signed-pack';

/** Opens the warning's panel (it starts as a compact badge) with the person's own click. */
async function openPanel(host: Locator): Promise<void> {
	const badge = host.getByRole('button', { name: /^Second Look: / });
	await badge.click();
	await expect(badge).toHaveAttribute('aria-expanded', 'true');
}

// Hostile pages and a hostile rule pack: attack pages live in tests/fixtures/hostile/.

test('the page’s CSS cannot hide, move or restyle the warning (css-attack.html)', async ({
	context,
	optIn,
}) => {
	await optIn();
	const page = await openHostile(context, 'css-attack');
	await page.locator('textarea').click();
	await page.keyboard.type('What a shit day');
	const host = warning(page);
	await expect(host).toHaveAttribute('data-clauses', /\boffensive\b/);
	await openPanel(host);
	await expect(host.getByText('Offensive content, insults, obscenity').first()).toBeVisible();

	const seen = await host.evaluate((element) => {
		const style = getComputedStyle(element);
		const box = element.getBoundingClientRect();
		const inner = element.shadowRoot!.querySelector('.sl-title, h2') as HTMLElement;
		const innerStyle = getComputedStyle(inner);
		const innerBox = inner.getBoundingClientRect();
		const hit = document.elementFromPoint(innerBox.x + innerBox.width / 2, innerBox.y + innerBox.height / 2);
		return {
			host: {
				display: style.display,
				visibility: style.visibility,
				opacity: style.opacity,
				position: style.position,
				transform: style.transform,
				clipPath: style.clipPath,
				filter: style.filter,
				zIndex: style.zIndex,
				contentVisibility: style.contentVisibility,
				inWindow:
					innerBox.width > 0 &&
					innerBox.height > 0 &&
					innerBox.x >= 0 &&
					innerBox.y >= 0 &&
					innerBox.right <= innerWidth &&
					innerBox.bottom <= innerHeight,
			},
			inner: {
				color: innerStyle.color,
				fontSize: parseFloat(innerStyle.fontSize),
				letterSpacing: innerStyle.letterSpacing,
				visibility: innerStyle.visibility,
				text: inner.textContent,
				box: [Math.round(box.width), Math.round(box.height), Math.round(innerBox.x), Math.round(innerBox.y)],
			},
			onTop: hit === element,
		};
	});
	expect(seen.host).toEqual({
		display: 'block',
		visibility: 'visible',
		opacity: '1',
		position: 'fixed',
		transform: 'none',
		clipPath: 'none',
		filter: 'none',
		zIndex: '2147483647',
		contentVisibility: 'visible',
		inWindow: true,
	});
	expect(seen.inner.color).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
	expect(seen.inner.fontSize).toBeGreaterThanOrEqual(10);
	expect(seen.inner.letterSpacing).not.toBe('-10px');
	expect(seen.inner.text).toContain('Offensive content');
	// Above the page's full-window overlay: the person can see and press it.
	expect(seen.onTop).toBe(true);
});

test('a page script cannot reach the worker, storage, the extension’s pages or history (script-attack.html)', async ({
	context,
	optIn,
	messageLog,
}) => {
	await optIn();
	const seen = await messageLog();
	const page = await openHostile(context, 'script-attack');
	await expect
		.poll(() => page.evaluate(() => Object.keys((window as unknown as { __attack: object }).__attack).length))
		.toBeGreaterThanOrEqual(10);
	await expect
		.poll(() => page.evaluate(() => 'idbStores' in (window as unknown as { __attack: object }).__attack))
		.toBe(true);
	await page.waitForTimeout(1_000); // well past the debounce: any message would have arrived
	const attack = await page.evaluate(
		() => (window as unknown as { __attack: Record<string, unknown> }).__attack,
	);
	// No extension API in the page's world: `chrome.runtime.sendMessage` does not exist there.
	expect(attack.sendMessage).toBe('undefined');
	expect(attack.storage).toBe('undefined');
	expect(attack.browser).toBe('undefined');
	expect(String(attack.sendMessageError)).toMatch(/TypeError|Cannot read|undefined/);
	expect(String(attack.connectError)).toMatch(/TypeError|Cannot read|undefined/);
	expect(attack.answer).toBeUndefined();
	// The extension's files and pages are not web-accessible; the page's IndexedDB is its own, empty.
	expect(String(attack.fetchManifest)).not.toMatch(/^read/);
	expect(attack.frameText ?? 'no access').not.toMatch(/history/i);
	expect(attack.idbStores).toEqual([]);
	// Nothing the page posted reached the worker.
	expect(await seen()).toEqual({});
	await expect(warning(page)).toHaveCount(0);
});

test('a page script cannot press “Post anyway” for the person (isTrusted)', async ({ context, optIn }) => {
	await optIn();
	const fixture = fixturePage('x-post');
	const page = await openSurface(context, fixture);
	await typeDraft(page, fixture, 'What a shit day');
	await expect(warning(page)).toHaveAttribute('data-clauses', /\boffensive\b/);
	await page.keyboard.press(fixture.keyboardSubmit!);
	await expect(review(page)).toHaveCount(1);

	// The page finds the button through the open shadow root and tries every way to press it.
	const tried = await page.evaluate(() => {
		const host = document.querySelector('[data-second-look="review"]')!;
		const button = [...host.shadowRoot!.querySelectorAll('button')].find(
			(b) => b.textContent === 'Post anyway',
		)!;
		button.click();
		button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
		button.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
		button.focus();
		button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
		button.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, composed: true }));
		// …and the site's own send control, which the guard holds while the review is open.
		return Boolean(button);
	});
	expect(tried).toBe(true);
	await page.waitForTimeout(1_000);
	expect(await published(page)).toEqual([]);
	await expect(review(page)).toHaveCount(1);

	// The person's own click does post, once, the text as typed.
	await review(page).getByRole('button', { name: 'Post anyway' }).click();
	await expect.poll(() => published(page)).toEqual(['What a shit day']);
});

const INJECTED = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>bold</b>';

test('texts from a rule pack are shown as text, and its links are https: or mailto: only', async ({
	context,
	extensionId,
	optIn,
}) => {
	test.setTimeout(90_000);
	await optIn();
	const { publicKey } = await publishPack(context, (pack) => {
		const clause = pack.clauses.offensive!;
		clause.title = `Offensive ${INJECTED}`;
		clause.words = `<a href="javascript:window.__pwned=3">the policy</a> ${INJECTED}`;
		clause.explanation = `<iframe src="javascript:window.__pwned=4"></iframe> ${INJECTED}`;
		const rule = pack.rules.find((r) => r.id === 'offensive/profanity')!;
		rule.message = `<a href="javascript:window.__pwned=5">{match}</a> ${INJECTED}`;
		pack.school.contacts = {
			...pack.school.contacts,
			'line-manager': { name: '<b>Head</b>', email: 'javascript:window.__pwned=6//@example.org' },
			policy: { name: 'Policy', email: 'javascript:window.__pwned=7//@example.org' },
		};
	});
	const ext = await context.newPage();
	await ext.goto(`chrome-extension://${extensionId}/welcome.html`);
	const status = await installPack(ext, publicKey);
	// A machine-wide managed policy (pack-update.spec.ts writes one while it runs) outranks the settings source.
	test.skip(
		status.source.from === 'policy',
		`a managed policy sets the pack source here: ${status.source.url}`,
	);
	expect(status, JSON.stringify(status)).toMatchObject({
		lastOutcome: 'updated',
		active: { version: '99.0.0' },
	});

	const page = await openHostile(context, 'css-attack');
	await page.locator('textarea').click();
	await page.keyboard.type('What a shit day');
	const host = warning(page);
	await expect(host).toHaveAttribute('data-clauses', /\boffensive\b/);
	await openPanel(host);
	await expect(host.getByText(`Offensive ${INJECTED}`).first()).toBeVisible();
	const dom = await host.evaluate((element) => {
		const root = element.shadowRoot!;
		return {
			injected: root.querySelectorAll('img, script, iframe, b, object, embed').length,
			hrefs: [...root.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!),
		};
	});
	expect(dom.injected).toBe(0);
	expect(dom.hrefs.length).toBeGreaterThan(0);
	for (const href of dom.hrefs) expect(href).toMatch(/^(https:|mailto:)/);

	// The clause library shows the same texts, also as text.
	await ext.goto(`chrome-extension://${extensionId}/options.html#/clauses/offensive`);
	await expect(ext.getByText(`Offensive ${INJECTED}`).first()).toBeVisible();
	const library = await ext.evaluate(() => ({
		injected: document.querySelectorAll('main img, main script, main iframe, main b').length,
		hrefs: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!),
	}));
	expect(library.injected).toBe(0);
	for (const href of library.hrefs) expect(href).toMatch(/^(https:|mailto:|#)/);
	for (const target of [page, ext])
		expect(await target.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});
