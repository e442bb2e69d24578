import path from 'node:path';

import { chromium, type BrowserContext, type Worker } from '@playwright/test';

import { findChromium } from './find-chromium';

/** The built Chrome MV3 extension that tests and `npm start` load. */
export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');

export interface LaunchOptions {
	headless?: boolean;
	userDataDir?: string;
}

/** Starts Chromium with the built extension loaded and waits for its service worker. */
export async function launchExtension({ headless = true, userDataDir = '' }: LaunchOptions = {}): Promise<{
	context: BrowserContext;
	extensionId: string;
	worker: Worker;
}> {
	const context = await chromium.launchPersistentContext(userDataDir, {
		executablePath: findChromium(),
		headless,
		args: [
			`--disable-extensions-except=${EXTENSION_DIR}`,
			`--load-extension=${EXTENSION_DIR}`,
			'--no-sandbox',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
			'--disable-quic',
		],
	});
	const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
	return { context, extensionId: new URL(worker.url()).host, worker };
}
