import { browser } from 'wxt/browser';

import { siteForHost } from '../../sites/site-for-host';
import type { SiteId } from '../../storage/settings';

/** Which of the four sites the active tab shows, if any. */
export async function currentSite(): Promise<SiteId | undefined> {
	try {
		const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
		if (!tab?.url) return undefined;
		return siteForHost(new URL(tab.url).hostname)?.id;
	} catch {
		return undefined;
	}
}
