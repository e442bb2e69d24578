import { browser } from 'wxt/browser';

import type { RequestOf, ResponseOf } from '../../messaging/protocol';

/** Opens the options page at one clause of the policy, in a new tab beside the one the person writes in. */
export async function openClause(
	request: RequestOf<'openClause'>,
	sender: { tab?: { index?: number; windowId?: number } },
): Promise<ResponseOf<'openClause'>> {
	// The options page belongs to another part of the extension; WXT types only the pages built so far.
	const getURL = browser.runtime.getURL as (path: string) => string;
	const url = getURL(`/options.html#/clauses/${encodeURIComponent(request.clause)}`);
	const index = sender.tab?.index;
	await browser.tabs.create({
		url,
		...(index === undefined ? {} : { index: index + 1 }),
		...(sender.tab?.windowId === undefined ? {} : { windowId: sender.tab.windowId }),
	});
	return { opened: true };
}
