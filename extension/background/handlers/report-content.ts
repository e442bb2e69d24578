import { browser } from 'wxt/browser';

import type { RulePack } from '../../../shared/pack/schema';
import type { RequestOf, ResponseOf } from '../../messaging/protocol';
import { composeReportMailto, type ReportTarget } from '../../report/compose-report-mailto';
import { REPORT_CLAUSE, reportSettingsOf } from '../../report/report-contact';
import { SelectionAnswerSchema } from '../../report/selection-protocol';
import { siteForHost } from '../../sites/site-for-host';
import { handleRecordHistory } from './record-history';

/** What a context-menu click gives (a structural subset of `contextMenus.OnClickData`). */
export interface MenuClick {
	pageUrl?: string;
	frameUrl?: string;
	linkUrl?: string;
	srcUrl?: string;
	selectionText?: string;
}

/** The tab a report is about (a structural subset of `tabs.Tab`). */
export interface ReportTab {
	id?: number;
	url?: string;
}

/** One of the four sites, by a page address; undefined for anything else. */
function siteOf(url: string | undefined) {
	try {
		return url ? siteForHost(new URL(url).hostname) : undefined;
	} catch {
		return undefined;
	}
}

/** What the person has selected in the tab, asked of its content script; '' when it cannot answer. */
async function selectionIn(tabId: number): Promise<string> {
	try {
		const answer: unknown = await browser.tabs.sendMessage(tabId, { kind: 'getSelection' }, { frameId: 0 });
		return SelectionAnswerSchema.parse(answer).text;
	} catch {
		return '';
	}
}

/**
 * "Report to the Headteacher": composes the report e-mail from the pack's reporting contact and the page, link
 * and selection, and hands the `mailto:` to the person's e-mail program by navigating their tab to it (the page
 * stays; the browser passes the address to the mail program). Nothing is sent by the extension. The only record
 * is an entry in the person's own history (no words, no addresses), and none when their history is off.
 */
export function createReporter(activePack: () => RulePack) {
	const report = async (tab: ReportTab | undefined, target: ReportTarget): Promise<string> => {
		const mailto = composeReportMailto({ ...reportSettingsOf(activePack()), ...target });
		if (tab?.id !== undefined) await browser.tabs.update(tab.id, { url: mailto });
		else await browser.tabs.create({ url: mailto });
		const site = siteOf(target.pageUrl);
		if (site) {
			await handleRecordHistory({
				kind: 'recordHistory',
				event: {
					type: 'flag',
					id: crypto.randomUUID(),
					at: Date.now(),
					site: site.id,
					surface: 'report',
					clause: REPORT_CLAUSE,
					rule: 'report-to-headteacher',
					words: [],
				},
			});
		}
		return mailto;
	};

	return {
		/** The context menu's handler: the browser gives the page, link and selection. */
		fromContext: async (info: MenuClick, tab: ReportTab | undefined): Promise<string> =>
			report(tab, {
				pageUrl: info.pageUrl ?? info.frameUrl ?? tab?.url,
				linkUrl: info.linkUrl ?? info.srcUrl,
				selection: info.selectionText,
			}),
		/** The popup's `reportContent`: the tab's address, and its selection asked of the content script. */
		handleReportContent: async (
			request: RequestOf<'reportContent'>,
		): Promise<ResponseOf<'reportContent'>> => {
			const tab = await browser.tabs.get(request.tabId);
			if (!siteOf(tab.url)) return { opened: false, mailto: '' };
			const selection = await selectionIn(request.tabId);
			const mailto = await report(tab, { pageUrl: tab.url, selection });
			return { opened: true, mailto };
		},
	};
}
