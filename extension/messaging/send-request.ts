import { browser } from 'wxt/browser';

import { ResponseSchemas, type RequestKind, type RequestOf, type ResponseOf } from './protocol';

/** Sends a typed request to the background and validates the answer against its schema. */
export async function sendRequest<K extends RequestKind>(request: RequestOf<K>): Promise<ResponseOf<K>> {
	const answer: unknown = await browser.runtime.sendMessage(request);
	const schema = ResponseSchemas[request.kind as K];
	return schema.parse(answer) as ResponseOf<K>;
}
