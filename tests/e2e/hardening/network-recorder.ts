import type { BrowserContext, CDPSession, Page } from '@playwright/test';

/** One request the browser made, from whichever vantage point saw it. */
export interface RecordedRequest {
	via: 'playwright' | 'cdp-page' | 'cdp-worker';
	url: string;
	method: string;
	headers: Record<string, string>;
	body: string;
	/** True when the extension's service worker made it. */
	fromWorker: boolean;
}

interface CdpRequestEvent {
	request: { url: string; method: string; headers: Record<string, string>; postData?: string };
}

/**
 * Records every request of a browser context three ways: Playwright's context events (pages, frames and, in
 * Chromium, service workers), a CDP Network session per page, and a CDP Network session on the extension's
 * service worker target (attached through a page session's Target domain, since a persistent context has
 * no browser-level session).
 */
export function recordNetwork(context: BrowserContext) {
	const requests: RecordedRequest[] = [];
	const pending: Promise<unknown>[] = [];
	const sessions: CDPSession[] = [];

	context.on('request', (request) => {
		pending.push(
			request
				.allHeaders()
				.catch(() => request.headers())
				.then((headers) =>
					requests.push({
						via: 'playwright',
						url: request.url(),
						method: request.method(),
						headers,
						body: request.postData() ?? '',
						fromWorker: request.serviceWorker() !== null,
					}),
				),
		);
	});
	const fromCdp = (via: RecordedRequest['via'], { request }: CdpRequestEvent) =>
		requests.push({
			via,
			url: request.url,
			method: request.method,
			headers: request.headers,
			body: request.postData ?? '',
			fromWorker: via === 'cdp-worker',
		});

	return {
		requests,
		/** Adds a CDP Network session on a page (and its same-process frames). */
		async watchPage(page: Page): Promise<void> {
			const cdp = await context.newCDPSession(page);
			sessions.push(cdp);
			cdp.on('Network.requestWillBeSent', (event) => fromCdp('cdp-page', event as CdpRequestEvent));
			cdp.on('Network.webSocketCreated', (event) =>
				fromCdp('cdp-page', { request: { url: event.url, method: 'WEBSOCKET', headers: {} } }),
			);
			await cdp.send('Network.enable');
		},
		/** Attaches to the extension's service worker target through `page`'s CDP session and records its Network. */
		async watchWorker(page: Page, extensionId: string): Promise<void> {
			const cdp = await context.newCDPSession(page);
			sessions.push(cdp);
			const { targetInfos } = await cdp.send('Target.getTargets');
			const target = targetInfos.find(
				(t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
			);
			if (!target) throw new Error('the extension service worker target was not found');
			const { sessionId } = await cdp.send('Target.attachToTarget', {
				targetId: target.targetId,
				flatten: false,
			});
			cdp.on('Target.receivedMessageFromTarget', (event) => {
				if (event.sessionId !== sessionId) return;
				const message = JSON.parse(event.message) as { method?: string; params?: CdpRequestEvent };
				if (message.method === 'Network.requestWillBeSent' && message.params)
					fromCdp('cdp-worker', message.params);
			});
			await cdp.send('Target.sendMessageToTarget', {
				sessionId,
				message: JSON.stringify({ id: 1, method: 'Network.enable' }),
			});
		},
		/** Waits for header look-ups still in flight. */
		async settle(): Promise<RecordedRequest[]> {
			await Promise.all(pending);
			return requests;
		},
		async detach(): Promise<void> {
			await Promise.all(sessions.map((s) => s.detach().catch(() => undefined)));
		},
	};
}

/** Every form a marker word could take on the wire: as typed, lower-cased, URL-encoded, base64. */
export function markerForms(marker: string): string[] {
	const forms = [marker, marker.toLowerCase(), marker.toUpperCase()];
	return [
		...forms,
		...forms.map((f) =>
			Buffer.from(f)
				.toString('base64')
				.slice(0, Math.floor((f.length * 4) / 3) - 2),
		),
	];
}

/** The requests (or their parts) that carry any of the markers, in any of their forms. */
export function leaksOf(requests: RecordedRequest[], markers: string[]): string[] {
	const forms = markers.flatMap(markerForms);
	const leaks: string[] = [];
	for (const r of requests) {
		const parts: Array<[string, string]> = [
			['url', safeDecode(r.url)],
			['headers', safeDecode(JSON.stringify(r.headers))],
			['body', safeDecode(r.body)],
		];
		for (const [part, text] of parts)
			for (const form of forms)
				if (text.includes(form)) leaks.push(`${r.via} ${r.method} ${r.url}: ${part} has "${form}"`);
	}
	return leaks;
}

function safeDecode(text: string): string {
	try {
		return `${text}\n${decodeURIComponent(text.replace(/\+/g, ' '))}`;
	} catch {
		return text;
	}
}
