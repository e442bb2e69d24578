import { existsSync } from 'node:fs';

import { chromium } from '@playwright/test';

/** Where the tests and `npm start` find a Chromium: $CHROMIUM_PATH, then Debian's, then Playwright's own. */
export function findChromium({
	env = process.env,
	exists = (path: string): boolean => existsSync(path),
}: { env?: NodeJS.ProcessEnv; exists?: (path: string) => boolean } = {}): string {
	const candidates = [
		env.CHROMIUM_PATH,
		'/usr/bin/chromium',
		'/usr/bin/chromium-browser',
		safePlaywrightPath(),
	];
	const found = candidates.find((path): path is string => Boolean(path) && exists(path!));
	if (found) return found;
	throw new Error(
		[
			'No Chromium found for Second Look.',
			`Looked at: $CHROMIUM_PATH (${env.CHROMIUM_PATH ?? 'not set'}), /usr/bin/chromium, and Playwright's own browser.`,
			'Fix: on Debian/Ubuntu run `sudo apt-get install -y chromium`; elsewhere set CHROMIUM_PATH to a Chromium or',
			'Chrome for Testing binary (branded Chrome 137+ ignores --load-extension), or run `npx playwright install chromium`.',
		].join('\n'),
	);
}

function safePlaywrightPath(): string | undefined {
	try {
		return chromium.executablePath();
	} catch {
		return undefined;
	}
}
