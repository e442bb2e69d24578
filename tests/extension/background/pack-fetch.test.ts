import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { fetchPackFile } from '../../../extension/background/pack-fetch';
import { whyBadPackUrl } from '../../../extension/background/pack-url';

const LIMITS = { timeoutMs: 300, maxBytes: 1000 };
let server: Server;
let base: string;
const port = () => (server.address() as AddressInfo).port;

beforeAll(async () => {
	server = createServer((request, response) => {
		switch (request.url) {
			case '/pack.json':
				return void response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}');
			case '/declared-large':
				return void response.writeHead(200, { 'Content-Length': '5000' }).end('x'.repeat(5000));
			case '/streamed-large':
				response.writeHead(200);
				for (let i = 0; i < 20; i++) response.write('x'.repeat(100));
				return void response.end();
			case '/slow':
				return; // never answers
			case '/away':
				// 0.0.0.0 reaches this machine but is not an allowed http host: the redirect must be refused.
				return void response.writeHead(302, { Location: `http://0.0.0.0:${port()}/pack.json` }).end();
			default:
				return void response.writeHead(404).end('missing');
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${port()}`;
});
afterAll(() => {
	server.closeAllConnections();
	server.close();
});

describe('fetchPackFile()', () => {
	it('returns the bytes', async () => {
		expect(new TextDecoder().decode(await fetchPackFile(`${base}/pack.json`, LIMITS))).toBe('{"ok":true}');
	});

	it.each([
		['/missing', /missing: the server answered 404 not found/],
		['/declared-large', /larger than/],
		['/streamed-large', /larger than/],
		['/slow', /no answer within 0\.3 seconds/],
		['/away', /redirected to an address that is not allowed/],
	])('refuses %s in words', async (path, message) => {
		await expect(fetchPackFile(`${base}${path}`, LIMITS)).rejects.toThrow(message);
	});

	it('refuses plain http except on this machine', async () => {
		await expect(fetchPackFile('http://example.org/pack.json', LIMITS)).rejects.toThrow(/https:\/\//);
	});
});

describe('whyBadPackUrl()', () => {
	it.each([
		['https://rules.example/pack.json', undefined],
		['http://localhost:8080/pack.json', undefined],
		['http://127.0.0.1/pack.json', undefined],
		['http://rules.example/pack.json', 'the address must start with https://'],
		['file:///etc/passwd', 'the address must start with https://'],
		['https://user:pw@rules.example/pack.json', 'the address must not contain a user name or password'],
		['not a url', '“not a url” is not a web address'],
	])('%s → %s', (url, expected) => {
		expect(whyBadPackUrl(url)).toBe(expected);
	});
});
