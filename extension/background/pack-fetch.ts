import { whyBadPackUrl } from './pack-url';

/** Limits on one download: a pack is a few hundred kB; anything slower or larger is refused. */
export const PACK_FETCH_LIMITS = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024 };

/** A download failure, with its message in words for the status line. */
export class PackFetchError extends Error {
	override name = 'PackFetchError';
}

/**
 * Downloads one file of the pack (https only, no cookies), revalidating with the browser's HTTP cache (ETag /
 * If-None-Match, so an unchanged pack costs a 304), within a time limit and a size cap that is enforced while
 * reading the stream.
 */
export async function fetchPackFile(url: string, limits = PACK_FETCH_LIMITS): Promise<Uint8Array> {
	const bad = whyBadPackUrl(url);
	if (bad) throw new PackFetchError(bad);
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
	try {
		// `no-cache`: always revalidate with the server; the browser sends If-None-Match with the cached ETag and
		// reuses the cached body on 304, without a CORS preflight that a custom header would need.
		const response = await fetch(url, {
			cache: 'no-cache',
			credentials: 'omit',
			redirect: 'follow',
			signal: controller.signal,
		});
		const redirected = whyBadPackUrl(response.url || url);
		if (redirected) throw new PackFetchError(`redirected to an address that is not allowed: ${redirected}`);
		if (!response.ok)
			throw new PackFetchError(`${fileName(url)}: the server answered ${describeStatus(response)}`);
		const declared = Number(response.headers.get('content-length'));
		if (declared > limits.maxBytes) throw tooLarge(url, limits.maxBytes);
		return await readCapped(response, limits.maxBytes, controller, url);
	} catch (error) {
		if (error instanceof PackFetchError) throw error;
		if (controller.signal.aborted) {
			throw new PackFetchError(`${fileName(url)}: no answer within ${limits.timeoutMs / 1000} seconds`);
		}
		throw new PackFetchError(`${fileName(url)}: could not download (${(error as Error).message})`);
	} finally {
		clearTimeout(timer);
	}
}

async function readCapped(response: Response, maxBytes: number, controller: AbortController, url: string) {
	const reader = response.body?.getReader();
	if (!reader) return new Uint8Array(await response.arrayBuffer());
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.byteLength;
		if (total > maxBytes) {
			controller.abort();
			await reader.cancel().catch(() => undefined);
			throw tooLarge(url, maxBytes);
		}
		chunks.push(value);
	}
	const bytes = new Uint8Array(total);
	let offset = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return bytes;
}

function tooLarge(url: string, maxBytes: number): PackFetchError {
	return new PackFetchError(`${fileName(url)}: larger than ${maxBytes / 1024 / 1024} MB, not downloaded`);
}

function describeStatus(response: Response): string {
	const words: Record<number, string> = {
		404: 'not found',
		403: 'forbidden',
		500: 'server error',
		503: 'unavailable',
	};
	return `${response.status} ${words[response.status] ?? response.statusText}`.trim();
}

function fileName(url: string): string {
	try {
		return new URL(url).pathname.split('/').pop() || url;
	} catch {
		return url;
	}
}
