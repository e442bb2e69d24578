import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

import { sendRequest } from '../messaging/send-request';

type Status = 'idle' | 'opening' | 'opened' | 'failed';

const STATUS_TEXT: Record<Status, string> = {
	idle: 'Seen something about the School that disparages it or reflects poorly on it? Select it first if you like.',
	opening: 'Opening your e-mail program…',
	opened: 'Your e-mail program has a report ready for you to read, edit and send. Nothing has been sent.',
	failed: 'The report could not be opened from this tab.',
};

/**
 * "Report to the Headteacher" for the popup: a report e-mail about the page in the active tab (and what is
 * selected there), opened in the person's own e-mail program. The worker does the work (`reportContent`).
 */
export function ReportButton() {
	const [status, setStatus] = useState<Status>('idle');
	const report = async () => {
		setStatus('opening');
		try {
			const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
			if (tab?.id === undefined) throw new Error('no active tab');
			const { opened } = await sendRequest({ kind: 'reportContent', tabId: tab.id });
			setStatus(opened ? 'opened' : 'failed');
		} catch {
			setStatus('failed');
		}
	};
	return (
		<div class="popup-report" data-testid="popup-report">
			<button type="button" class="secondary" disabled={status === 'opening'} onClick={() => void report()}>
				Report to the Headteacher
			</button>
			<p class="hint" aria-live="polite" data-testid="report-status">
				{STATUS_TEXT[status]}
			</p>
		</div>
	);
}
