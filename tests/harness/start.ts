// `npm start`: opens Chromium with the built extension on its practice page.
// `npm start -- --headless`: no display needed; opts in, types a sample draft, screenshots the warning.
import { mkdirSync } from 'node:fs';
import path from 'node:path';

import { launchExtension } from './launch-extension';

const SAMPLE_DRAFT = 'Honestly, what a shit week at Mandeville. The parents at my school are idiots.';

async function main(): Promise<void> {
	const headless = process.argv.includes('--headless');
	const { context, extensionId } = await launchExtension({ headless });
	const base = `chrome-extension://${extensionId}`;
	if (!headless) {
		const page = context.pages()[0] ?? (await context.newPage());
		await page.goto(`${base}/practice.html`);
		console.log(
			'Second Look is running. Turn it on in the welcome tab, then try a draft. Close the browser to stop.',
		);
		await new Promise((resolve) => context.on('close', resolve));
		return;
	}
	const welcome = await context.newPage();
	await welcome.goto(`${base}/welcome.html`);
	await welcome.getByRole('button', { name: 'Turn on Second Look' }).click();
	const page = await context.newPage();
	await page.setViewportSize({ width: 900, height: 760 });
	await page.goto(`${base}/practice.html`);
	await page.locator('textarea').first().click();
	await page.keyboard.type(SAMPLE_DRAFT);
	const warning = page.locator('[data-second-look="warning"]');
	await warning.waitFor({ timeout: 10_000 });
	// Open the panel from its badge, so the screenshot shows what the person reads.
	await warning.getByRole('button', { name: /Second Look/ }).click();
	await warning.locator('.sl-panel').waitFor();
	mkdirSync('shots', { recursive: true });
	const file = path.resolve('shots/start-warning.png');
	await page.screenshot({ path: file });
	console.log(file);
	await context.close();
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
