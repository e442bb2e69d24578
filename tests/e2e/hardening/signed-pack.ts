import type { BrowserContext, Page } from '@playwright/test';

import type { PackStatus } from '../../../extension/messaging/pack-protocol';
import { loadValidPack } from '../../harness/load-valid-pack';
import { canonicalJsonBytes } from '../../../shared/pack/canonical-json';
import { toBase64 } from '../../../shared/pack/pack-keys';
import type { PublishedPack } from '../../../shared/pack/published-pack';
import { createPackKeyPair, signPack } from '../../../shared/pack/sign-pack';

/** Where the test publishes its pack; Playwright's context routing answers for the worker's fetch. */
export const PACK_URL = 'https://packs.second-look.test/mandeville/pack.json';

/**
 * Publishes rules/ as a signed pack at PACK_URL (a newer version, changed by `change`), with a fresh key pair,
 * served by `context.route`. Returns the public key to trust.
 */
export async function publishPack(
	context: BrowserContext,
	change: (pack: PublishedPack) => void = () => undefined,
): Promise<{ publicKey: string; served: string[] }> {
	const source = await loadValidPack();
	const pack = structuredClone(source) as PublishedPack;
	pack.manifest.version = '99.0.0';
	pack.manifest.publishedAt = new Date().toISOString();
	change(pack);
	const body = canonicalJsonBytes(pack);
	const keys = await createPackKeyPair();
	const sig = await signPack(body, keys.secretKey);
	const served: string[] = [];
	await context.route(`${PACK_URL}*`, async (route) => {
		const url = route.request().url();
		served.push(url);
		const headers = { 'access-control-allow-origin': '*', 'content-type': 'application/json' };
		if (url === PACK_URL) await route.fulfill({ status: 200, headers, body: Buffer.from(body) });
		else if (url === `${PACK_URL}.sig`) await route.fulfill({ status: 200, headers, body: sig });
		else await route.fulfill({ status: 404, body: '' });
	});
	return { publicKey: toBase64(keys.publicKey), served };
}

/** Sets the pack source the way the settings page does, then checks for an update now. */
export async function installPack(extensionPage: Page, publicKey: string): Promise<PackStatus> {
	return extensionPage.evaluate(
		async ({ url, key }) => {
			const { chrome } = globalThis as unknown as {
				chrome: { runtime: { sendMessage: (message: unknown) => Promise<unknown> } };
			};
			const saved = (await chrome.runtime.sendMessage({ kind: 'setPackSource', url, publicKey: key })) as {
				saved: boolean;
				error: string | null;
				source: { from: string };
			};
			if (!saved.saved && saved.source.from !== 'policy') throw new Error(`setPackSource: ${saved.error}`);
			return (await chrome.runtime.sendMessage({ kind: 'checkPackNow' })) as PackStatus;
		},
		{ url: PACK_URL, key: publicKey },
	);
}
