import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Runtime, Tabs } from 'webextension-polyfill';

import { createMessageRouter, type Handlers } from '../../../extension/background/message-router';

const OWN_ID = 'kffjenllbfkbjfhpamcfgkpjgohpiffk';

/** Senders as Chromium describes them: our content script in a site's tab, our own page, and strangers. */
const SENDERS = {
	contentScript: { id: OWN_ID, url: 'https://www.facebook.com/', tab: { id: 7 } as Tabs.Tab, frameId: 0 },
	extensionPage: { id: OWN_ID, url: `chrome-extension://${OWN_ID}/options.html` },
	otherExtension: {
		id: 'abcdefghijklmnopabcdefghijklmnop',
		url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/',
	},
	webPage: { url: 'https://evil.example/', tab: { id: 8 } as Tabs.Tab },
	noId: {},
} satisfies Record<string, Runtime.MessageSender>;

const VALID_CHECK = { kind: 'checkDraft', text: 'hello', platform: 'x', surface: 'post', images: 0 };

function fakeHandlers(): Handlers {
	return {
		checkDraft: vi.fn(async () => ({ findings: [], clauses: [], truncated: false, lineManagerEmail: '' })),
		getPackInfo: vi.fn(async () => ({ id: 'p', name: 'P', version: '1.0.0' })),
		recordHistory: vi.fn(async () => ({ recorded: true, paused: false })),
		getClauseLibrary: vi.fn(async () => {
			throw new Error('not used here');
		}),
		openClause: vi.fn(async () => ({ opened: true })),
	} as unknown as Handlers;
}

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
	warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

describe('createMessageRouter()', () => {
	it.each([
		['our content script', SENDERS.contentScript],
		['our own extension page', SENDERS.extensionPage],
	])('answers a valid request from %s', async (_name, sender) => {
		const handlers = fakeHandlers();
		const route = createMessageRouter(handlers, OWN_ID);
		await expect(route(VALID_CHECK, sender)).resolves.toMatchObject({ truncated: false });
		expect(handlers.checkDraft).toHaveBeenCalledTimes(1);
		expect(warn).not.toHaveBeenCalled();
	});

	it.each([
		['another extension', SENDERS.otherExtension],
		['a web page', SENDERS.webPage],
		['a sender without an id', SENDERS.noId],
	])('drops a valid request from %s, and logs it', (_name, sender) => {
		const handlers = fakeHandlers();
		const route = createMessageRouter(handlers, OWN_ID);
		expect(route(VALID_CHECK, sender)).toBeUndefined();
		for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
		expect(warn).toHaveBeenCalledTimes(1);
		expect(String(warn.mock.calls[0]?.[0])).toContain('outside the extension');
	});

	it.each([
		['nothing', undefined],
		['null', null],
		['a string', 'checkDraft'],
		['an array', [VALID_CHECK]],
		['an unknown kind', { kind: 'deleteHistory' }],
		['a kind from the prototype', { kind: 'constructor' }],
		['a missing field', { kind: 'checkDraft', text: 'x', platform: 'x', surface: 'post' }],
		['a wrong type', { ...VALID_CHECK, text: 42 }],
		['an unknown platform', { ...VALID_CHECK, platform: 'myspace' }],
		['a negative image count', { ...VALID_CHECK, images: -1 }],
		['a draft over the size cap', { ...VALID_CHECK, text: 'a'.repeat(1_000_001) }],
		['a clause id with a path in it', { kind: 'openClause', clause: '../../etc/passwd' }],
		['a history event of an unknown type', { kind: 'recordHistory', event: { type: 'wipe' } }],
	])('drops %s from our own content script, and logs it', (_name, message) => {
		const handlers = fakeHandlers();
		const route = createMessageRouter(handlers, OWN_ID);
		expect(route(message, SENDERS.contentScript)).toBeUndefined();
		for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
		expect(warn).toHaveBeenCalledTimes(1);
		expect(String(warn.mock.calls[0]?.[0])).toContain('malformed');
	});

	it('hands the handler the parsed request, not the raw message (extra fields are stripped)', async () => {
		const handlers = fakeHandlers();
		const route = createMessageRouter(handlers, OWN_ID);
		await route(
			{ ...VALID_CHECK, __proto__: { polluted: true }, extra: '<img src=x>' },
			SENDERS.contentScript,
		);
		const [request] = vi.mocked(handlers.checkDraft).mock.calls[0]!;
		expect(request).toEqual(VALID_CHECK);
	});

	it('logs no draft text when it drops a message', () => {
		const route = createMessageRouter(fakeHandlers(), OWN_ID);
		route({ ...VALID_CHECK, text: 'MARKERSECRET', images: 'x' }, SENDERS.contentScript);
		route({ ...VALID_CHECK, text: 'MARKERSECRET' }, SENDERS.webPage);
		expect(JSON.stringify(warn.mock.calls)).not.toContain('MARKERSECRET');
	});
});
