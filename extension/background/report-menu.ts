import { browser } from 'wxt/browser';

import { SITE_MATCHES } from '../sites/site-matches';
import type { MenuClick, ReportTab } from './handlers/report-content';

/** The id of the "Report to the Headteacher" context-menu item. */
export const REPORT_MENU_ID = 'second-look-report';

/** Where the item shows: on a selection, a link, an image or video, or the page itself; on the four sites only. */
export const REPORT_MENU_CONTEXTS = ['selection', 'link', 'image', 'video', 'page'] as const;

/** (Re)creates the item; menus outlive the worker, so the old one is removed first to avoid a duplicate id. */
export async function createReportMenu(title: string): Promise<void> {
	await browser.contextMenus.removeAll();
	browser.contextMenus.create({
		id: REPORT_MENU_ID,
		title,
		contexts: [...REPORT_MENU_CONTEXTS],
		documentUrlPatterns: SITE_MATCHES,
	});
}

/**
 * Registers the menu at install and browser start, and its click listener; call once, synchronously, when the
 * background starts (a worker woken by a click must have the listener at once).
 */
export function startReportMenu(
	title: () => string,
	onReport: (info: MenuClick, tab: ReportTab | undefined) => Promise<unknown>,
): void {
	const create = () =>
		void createReportMenu(title()).catch((error: unknown) =>
			console.warn('[Second Look] could not add the report menu:', error),
		);
	browser.runtime.onInstalled.addListener(create);
	browser.runtime.onStartup.addListener(create);
	browser.contextMenus.onClicked.addListener((info, tab) => {
		if (info.menuItemId !== REPORT_MENU_ID) return;
		void onReport(info, tab).catch((error: unknown) => console.warn('[Second Look] report failed:', error));
	});
}
