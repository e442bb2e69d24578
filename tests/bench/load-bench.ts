/**
 * Load, printed as JSON (`npm run bench:load`; build first: `npx wxt build`).
 * A page at https://x.com/ with 50 compose boxes (25 textareas, 25 contenteditables), every one attached
 * (focused and typed in), and a 60,000-character draft in the first. Then:
 * - keystroke: 300 characters typed at the end of the 60k draft, without and with the extension (opted in);
 *   per-keystroke time as in page-bench.ts (keydown timestamp → end of that keystroke's task); budget ≤ 1.10.
 * - check: from the last keystroke of a flag typed at the end of the 60k draft to its warning on the page
 *   (includes the 250 ms debounce, the message round trip and the check of all 60k characters).
 * - memory: JS heap in use of the page (CDP Performance.getMetrics; with minus without ≈ the content script)
 *   and of the extension's service worker (CDP Runtime.getHeapUsage on its target).
 */
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';

import { findChromium } from '../harness/find-chromium';
import { launchExtension } from '../harness/launch-extension';

const BOXES = 50;
const DRAFT_CHARS = 60_000;
const TYPED = 300;
const WORDS = 'Lovely walk by the river this morning with the dog and a flask of tea. ';
const DRAFT = WORDS.repeat(Math.ceil(DRAFT_CHARS / WORDS.length)).slice(0, DRAFT_CHARS);

function pageHtml(): string {
	const boxes = Array.from({ length: BOXES }, (_, i) =>
		i % 2 === 0
			? `<textarea id="box-${i}" aria-label="Post ${i}" rows="2" cols="50"></textarea>`
			: `<div id="box-${i}" contenteditable="true" role="textbox" aria-label="Comment ${i}" style="min-height:2em;border:1px solid #ccc"><p><br></p></div>`,
	);
	return `<!doctype html><html lang="en"><title>X load</title><body>${boxes.join('\n')}</body></html>`;
}

function probe() {
	const w = window as unknown as { __keys: number[] };
	w.__keys = [];
	window.addEventListener(
		'keydown',
		(event) => {
			const { port1, port2 } = new MessageChannel();
			port1.onmessage = () => w.__keys.push(performance.now() - event.timeStamp);
			port2.postMessage(0);
		},
		true,
	);
}

async function openLoadPage(context: BrowserContext): Promise<Page> {
	const page = await context.newPage();
	await page.route('**/*', (route) =>
		route.request().isNavigationRequest()
			? route.fulfill({ contentType: 'text/html; charset=utf-8', body: pageHtml() })
			: route.fulfill({ status: 404, body: '' }),
	);
	await page.goto('https://x.com/compose/load');
	for (let i = BOXES - 1; i >= 0; i--) {
		await page.locator(`#box-${i}`).click();
		await page.keyboard.type('Hi');
	}
	await page.locator('#box-0').fill(DRAFT);
	await page.evaluate(probe);
	return page;
}

function trimmedMean(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const kept = sorted.slice(0, Math.ceil(sorted.length * 0.95));
	return kept.reduce((a, b) => a + b, 0) / kept.length;
}

async function keystrokes(page: Page): Promise<number> {
	await page.evaluate(() => ((window as unknown as { __keys: number[] }).__keys = []));
	await page.locator('#box-0').click();
	await page.keyboard.press('ControlOrMeta+End');
	let typed = 0;
	while (typed < TYPED) {
		const chunk = WORDS.slice(0, Math.min(WORDS.length, TYPED - typed));
		await page.keyboard.type(chunk);
		typed += chunk.length;
	}
	return trimmedMean(await page.evaluate(() => (window as unknown as { __keys: number[] }).__keys));
}

async function heapMb(cdp: CDPSession): Promise<number> {
	const { metrics } = await cdp.send('Performance.getMetrics');
	return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 1024 / 1024;
}

/** The worker's heap, through a page session's Target domain (a persistent context has no browser session). */
async function workerHeapMb(context: BrowserContext, page: Page, extensionId: string): Promise<number> {
	const cdp = await context.newCDPSession(page);
	const { targetInfos } = await cdp.send('Target.getTargets');
	const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(extensionId));
	if (!target) return NaN;
	const { sessionId } = await cdp.send('Target.attachToTarget', {
		targetId: target.targetId,
		flatten: false,
	});
	const answer = new Promise<number>((resolve) =>
		cdp.on('Target.receivedMessageFromTarget', (event) => {
			const message = JSON.parse(event.message) as { id?: number; result?: { usedSize: number } };
			if (event.sessionId === sessionId && message.id === 1)
				resolve((message.result?.usedSize ?? NaN) / 1024 / 1024);
		}),
	);
	await cdp.send('Target.sendMessageToTarget', {
		sessionId,
		message: JSON.stringify({ id: 1, method: 'Runtime.getHeapUsage' }),
	});
	const mb = await answer;
	await cdp.detach();
	return mb;
}

const base = await chromium.launchPersistentContext('', {
	executablePath: findChromium(),
	headless: true,
	args: ['--no-sandbox', '--disable-extensions', '--disable-background-networking', '--no-first-run'],
});
const { context: ext, extensionId } = await launchExtension();
const welcome = await ext.newPage();
await welcome.goto(`chrome-extension://${extensionId}/welcome.html`);
await welcome.getByRole('button', { name: 'Turn on Second Look' }).click();
await welcome.getByText('Second Look is on.').waitFor();

const without = await openLoadPage(base);
const withExt = await openLoadPage(ext);
const warning = withExt.locator('[data-second-look="warning"]');

// Alternate runs so drift in the shared machine's load hits both sides alike.
const withoutA = await keystrokes(without);
const withA = await keystrokes(withExt);
const withB = await keystrokes(withExt);
const withoutB = await keystrokes(without);
const msWithout = (withoutA + withoutB) / 2;
const msWith = (withA + withB) / 2;

// A check of the whole 60k draft: a flag typed at its end, timed until the warning is on the page.
await warning.waitFor({ state: 'detached' });
const started = Date.now();
await withExt.keyboard.type(' What a shit day');
await warning.waitFor({ state: 'attached', timeout: 15_000 });
const checkMs = Date.now() - started;

const withoutCdp = await base.newCDPSession(without);
const withCdp = await ext.newCDPSession(withExt);
await withoutCdp.send('Performance.enable');
await withCdp.send('Performance.enable');
await withoutCdp.send('HeapProfiler.collectGarbage');
await withCdp.send('HeapProfiler.collectGarbage');
const pageWithout = await heapMb(withoutCdp);
const pageWith = await heapMb(withCdp);
const worker = await workerHeapMb(ext, welcome, extensionId);
const ratio = msWith / msWithout;

await base.close();
await ext.close();
console.log(
	JSON.stringify(
		{
			load: {
				boxes: BOXES,
				draftChars: DRAFT_CHARS,
				typedChars: TYPED,
				msPerKeystrokeWithout: +msWithout.toFixed(3),
				msPerKeystrokeWith: +msWith.toFixed(3),
				ratio: +ratio.toFixed(3),
				budgetRatio: 1.1,
				pass: ratio <= 1.1,
				checkAfterLastKeyMs: checkMs,
			},
			memory: {
				pageHeapUsedMbWithout: +pageWithout.toFixed(2),
				pageHeapUsedMbWith: +pageWith.toFixed(2),
				contentScriptMb: +(pageWith - pageWithout).toFixed(2),
				workerHeapUsedMb: +worker.toFixed(2),
			},
		},
		null,
		'\t',
	),
);
