/** Hosts where plain http is allowed for the pack, for testing on one's own machine. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Why a pack address is not acceptable, or undefined when it is: https only (plain http for localhost and
 * 127.0.0.1 alone), no user name or password in it.
 * @example whyBadPackUrl('http://example.org/pack.json') // 'the address must start with https://'
 */
export function whyBadPackUrl(text: string): string | undefined {
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		return `“${text}” is not a web address`;
	}
	if (url.username || url.password) return 'the address must not contain a user name or password';
	if (url.protocol === 'https:') return undefined;
	if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)) return undefined;
	return 'the address must start with https://';
}
