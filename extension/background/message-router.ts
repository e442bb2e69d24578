import type { Runtime } from 'webextension-polyfill';

import { RequestSchema, type RequestKind, type RequestOf, type ResponseOf } from '../messaging/protocol';

export type Handlers = {
	[K in RequestKind]: (request: RequestOf<K>, sender: Runtime.MessageSender) => Promise<ResponseOf<K>>;
};

/**
 * One listener for every request: drops anything not from this extension's own scripts and pages, or not
 * valid by the protocol's schema, and hands the rest to the handler for its kind once `ready` has settled.
 */
export function createMessageRouter(handlers: Handlers, ownId: string, ready?: () => Promise<unknown>) {
	return (message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
		if (sender.id !== ownId) {
			console.warn('[Second Look] dropped a message from outside the extension', sender.url);
			return undefined;
		}
		const parsed = RequestSchema.safeParse(message);
		if (!parsed.success) {
			console.warn('[Second Look] dropped a malformed message:', parsed.error.issues[0]?.message);
			return undefined;
		}
		const request = parsed.data;
		const handler = handlers[request.kind] as (
			r: typeof request,
			s: Runtime.MessageSender,
		) => Promise<unknown>;
		if (!ready) return handler(request, sender);
		// A failed restore leaves the pack in force as it is; it must not silence the worker.
		return ready()
			.catch(() => undefined)
			.then(() => handler(request, sender));
	};
}
