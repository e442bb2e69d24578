import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { expect, test, type BrowserContext, type Page } from '@playwright/test';

import { readSecretKeyFile } from '../../shared/cli/read-key-file';
import { canonicalJsonBytes } from '../../shared/pack/canonical-json';
import { createPackKeyPair, signPack } from '../../shared/pack/sign-pack';
import type { PackStatus } from '../../extension/messaging/pack-protocol';
import { runCli } from '../cli/build-cli-fixture';
import { launchExtension } from '../harness/launch-extension';

// A signed pack pushed by enterprise policy, end to end: the real CLI builds and signs a copy of rules/ with one
// added rule, a local server publishes it, Chromium gets the source from managed policy, and the new rule fires.
// Then every bad publication is refused with a clear status and the active pack stays, also across a restart.

const EXTENSION_ID = 'kffjenllbfkbjfhpamcfgkpjgohpiffk';
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = path.join(POLICY_DIR, 'second-look-test.json');

type Reply =
	| { kind: 'pack'; body: Uint8Array; sig: string }
	| { kind: 'status'; status: number }
	| { kind: 'hang' }
	| { kind: 'huge' };

let server: Server;
let reply: Reply = { kind: 'status', status: 404 };
const requests = { pack: 0, notModified: 0 };
let work: string;
let createdPolicyDirs: string[] = [];
const packs: Record<string, { body: Uint8Array; sig: string }> = {};
let versions: { good: string; older: string; newer: string };

function serve(request: IncomingMessage, response: ServerResponse): void {
	const headers = { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-cache' };
	const current = reply;
	if (current.kind === 'hang') return; // never answers: the extension must time out
	if (current.kind === 'status') {
		response.writeHead(current.status, headers).end('no pack here');
		return;
	}
	if (current.kind === 'huge') {
		response.writeHead(200, { ...headers, 'Content-Type': 'application/json' });
		const chunk = Buffer.alloc(1024 * 1024, 0x20);
		let sent = 0;
		const pump = () => {
			while (sent < 20 && !response.destroyed) {
				sent++;
				if (!response.write(chunk)) return void response.once('drain', pump);
			}
			response.end();
		};
		pump();
		return;
	}
	const isSig = request.url === '/pack.json.sig';
	if (!isSig) requests.pack++;
	const body = isSig ? Buffer.from(current.sig) : Buffer.from(current.body);
	const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
	if (request.headers['if-none-match'] === etag) {
		requests.notModified++;
		response.writeHead(304, { ...headers, ETag: etag }).end();
		return;
	}
	response.writeHead(200, { ...headers, ETag: etag, 'Content-Type': 'application/json' }).end(body);
}

/** Writes the managed policy for the extension; Chromium reads it at start. */
async function writePolicy(url: string, publicKey: string): Promise<void> {
	createdPolicyDirs = [];
	for (const dir of ['/etc/chromium', '/etc/chromium/policies', POLICY_DIR]) {
		if (!existsSync(dir)) {
			await mkdir(dir);
			createdPolicyDirs.unshift(dir);
		}
	}
	const policy = { rulePackUrl: url, rulePackPublicKeys: [publicKey], updateIntervalMinutes: 360 };
	await writeFile(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: policy } } }));
}

async function removePolicy(): Promise<void> {
	await rm(POLICY_FILE, { force: true });
	for (const dir of createdPolicyDirs) await rmdir(dir).catch(() => undefined);
}

async function cli(...args: string[]): Promise<string> {
	const result = await runCli(args, work);
	expect(result.code, `rules ${args.join(' ')}\n${result.stderr}`).toBe(0);
	return result.stdout;
}

/** Builds and signs the pack with the real CLI, as the IT manager would. */
async function buildSigned(name: string, version: string): Promise<void> {
	const pack = await readFile(path.join(work, 'rules/pack.yaml'), 'utf8');
	await writeFile(path.join(work, 'rules/pack.yaml'), pack.replace(/^version: .*$/m, `version: ${version}`));
	await cli('build', 'rules', '--out', `out/${name}.json`);
	await cli('sign', `out/${name}.json`, '--key', 'keys/school.key');
	packs[name] = {
		body: await readFile(path.join(work, `out/${name}.json`)),
		sig: await readFile(path.join(work, `out/${name}.json.sig`), 'utf8'),
	};
}

/** Signs bytes in-process (saving CLI runs): with the school's key, or another one. */
async function signedBytes(
	body: Uint8Array,
	secretKey?: Uint8Array,
): Promise<{ body: Uint8Array; sig: string }> {
	const key = secretKey ?? (await readSecretKeyFile(path.join(work, 'keys/school.key')));
	if (key instanceof Error) throw key;
	return { body, sig: await signPack(body, key) };
}

/** The good pack with another version, canonical and signed. */
async function goodPackAt(version: string, secretKey?: Uint8Array) {
	const pack = JSON.parse(Buffer.from(packs.good!.body).toString('utf8')) as {
		manifest: { version: string };
	};
	pack.manifest.version = version;
	return signedBytes(canonicalJsonBytes(pack), secretKey);
}

test.beforeAll(async () => {
	test.setTimeout(60_000);
	work = await mkdtemp(path.join(tmpdir(), 'second-look-pack-e2e-'));
	// The committed rules/ (not work in progress in the tree), as the IT manager's copy would be.
	execFileSync('sh', ['-c', `git archive HEAD rules | tar -x -C '${work}'`]);
	await writeFile(
		path.join(work, 'rules/confidential/zebrafish-project.yaml'),
		[
			'id: confidential/zebrafish-project',
			'clause: confidential',
			'kind: phrases',
			"message: 'The zebrafish project is not public yet: “{match}”.'",
			'terms: [zebrafish]',
			'examples:',
			"  flag: ['Our zebrafish results are in!']",
			"  allow: ['A new fish tank for the science lab']",
			'',
		].join('\n'),
	);
	const bundled = /^version: (\d+)\.(\d+)\.(\d+)/m.exec(
		await readFile(path.join(work, 'rules/pack.yaml'), 'utf8'),
	);
	const [major, minor] = [Number(bundled?.[1]), Number(bundled?.[2])];
	versions = { good: `${major + 1}.0.0`, older: `${major}.${minor + 1}.0`, newer: `${major + 2}.0.0` };
	await cli('keygen', '--out', 'keys', '--name', 'school');
	await buildSigned('good', versions.good);
	packs.older = await goodPackAt(versions.older);
	packs.newer = await goodPackAt(versions.newer);
	packs.untrusted = await goodPackAt(versions.newer, (await createPackKeyPair()).secretKey);

	server = createServer(serve);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	const publicKey = (await readFile(path.join(work, 'keys/school.pub'), 'utf8')).trim();
	await writePolicy(`http://127.0.0.1:${port}/pack.json`, publicKey);
});

test.afterAll(async () => {
	try {
		await removePolicy();
	} finally {
		server?.closeAllConnections();
		server?.close();
		if (work) await rm(work, { recursive: true, force: true });
	}
});

async function extensionPage(context: BrowserContext, extensionId: string): Promise<Page> {
	const page = await context.newPage();
	await page.goto(`chrome-extension://${extensionId}/welcome.html`);
	return page;
}

function sendRequest(page: Page, kind: 'checkPackNow' | 'getPackStatus'): Promise<PackStatus> {
	return page.evaluate((k) => {
		const { chrome } = globalThis as unknown as {
			chrome: { runtime: { sendMessage: (message: unknown) => Promise<PackStatus> } };
		};
		return chrome.runtime.sendMessage({ kind: k });
	}, kind);
}

/** Types into a plain textarea served at https://x.com/ and waits for the warning on the zebrafish clause. */
async function expectZebrafishWarning(context: BrowserContext): Promise<void> {
	const page = await context.newPage();
	await page.route('https://x.com/**', (route) =>
		route.fulfill({
			contentType: 'text/html; charset=utf-8',
			body: '<!doctype html><title>X</title><main><textarea aria-label="Post text" rows="4"></textarea></main>',
		}),
	);
	await page.goto('https://x.com/');
	await page.locator('textarea').click();
	await page.keyboard.type('Big news from the lab: zebrafish');
	await expect(page.locator('[data-second-look="warning"]')).toHaveAttribute(
		'data-clauses',
		/\bconfidential\b/,
	);
	await page.close();
}

test('takes a signed pack from the policy source, refuses every bad one, and keeps the last good pack', async () => {
	test.setTimeout(180_000);
	const userDataDir = path.join(work, 'profile');
	reply = { kind: 'pack', ...packs.good! };
	let { context, extensionId } = await launchExtension({ userDataDir });
	try {
		expect(extensionId).toBe(EXTENSION_ID);
		const ext = await extensionPage(context, extensionId);
		await ext.getByRole('button', { name: 'Turn on Second Look' }).click();

		await test.step('the pack from the policy source is taken and its new rule fires', async () => {
			const status = await sendRequest(ext, 'checkPackNow');
			expect(status.source).toMatchObject({ from: 'policy', editable: false });
			expect(status.source.keyFingerprints).toHaveLength(1);
			expect(status.active).toMatchObject({ version: versions.good, origin: 'update' });
			expect(status.lastError).toBeNull();
			await expectZebrafishWarning(context);
		});

		await test.step('an unchanged pack costs a 304 and stays up to date', async () => {
			const before = requests.notModified;
			const status = await sendRequest(ext, 'checkPackNow');
			expect(status).toMatchObject({ lastOutcome: 'up-to-date', lastError: null });
			expect(requests.notModified).toBeGreaterThan(before);
		});

		const tamperedBody = Buffer.from(
			Buffer.from(packs.newer!.body).toString().replace('zebrafish', 'zebrafisk'),
		);
		const schemaBroken = JSON.parse(Buffer.from(packs.newer!.body).toString()) as {
			rules: Array<{ kind: string }>;
		};
		schemaBroken.rules[0]!.kind = 'telepathy';
		const refusals: Array<{ name: string; reply: Reply; outcome: string; error: RegExp }> = [
			{
				name: 'tampered bytes',
				reply: { kind: 'pack', body: tamperedBody, sig: packs.newer!.sig },
				outcome: 'refused',
				error: /signature does not match any trusted key/,
			},
			{
				name: 'an untrusted key',
				reply: { kind: 'pack', ...packs.untrusted! },
				outcome: 'refused',
				error: /signature does not match any trusted key/,
			},
			{
				name: 'an older version',
				reply: { kind: 'pack', ...packs.older! },
				outcome: 'refused',
				error: new RegExp(`${versions.older}\\) is not newer than the active one`),
			},
			{
				name: 'malformed JSON',
				reply: { kind: 'pack', ...(await signedBytes(Buffer.from('{"manifest": {"version": '))) },
				outcome: 'refused',
				error: /not valid JSON/,
			},
			{
				name: 'a schema error',
				reply: { kind: 'pack', ...(await signedBytes(canonicalJsonBytes(schemaBroken))) },
				outcome: 'refused',
				error: /pack\.json: rules\.0\.kind: /,
			},
			{ name: '404', reply: { kind: 'status', status: 404 }, outcome: 'failed', error: /404 not found/ },
			{ name: '500', reply: { kind: 'status', status: 500 }, outcome: 'failed', error: /500 server error/ },
			{ name: 'a timeout', reply: { kind: 'hang' }, outcome: 'failed', error: /no answer within 15 seconds/ },
			{ name: 'a 20 MB body', reply: { kind: 'huge' }, outcome: 'failed', error: /larger than 5 MB/ },
		];
		for (const refusal of refusals) {
			await test.step(`refuses ${refusal.name}`, async () => {
				reply = refusal.reply;
				const status = await sendRequest(ext, 'checkPackNow');
				expect(status.lastOutcome, JSON.stringify(status)).toBe(refusal.outcome);
				expect(status.lastError).toMatch(refusal.error);
				expect(status.active).toMatchObject({ version: versions.good, origin: 'update' });
			});
		}
		await expectZebrafishWarning(context);

		await test.step('the last good pack is verified again and restored after a restart', async () => {
			await context.close();
			reply = { kind: 'status', status: 404 };
			({ context, extensionId } = await launchExtension({ userDataDir }));
			const page = await extensionPage(context, extensionId);
			const status = await sendRequest(page, 'getPackStatus');
			expect(status.active).toMatchObject({ version: versions.good, origin: 'update' });
			await expectZebrafishWarning(context);
		});

		await test.step('the settings page shows the pack, its policy source and the last check', async () => {
			const page = await context.newPage();
			await page.goto(`chrome-extension://${extensionId}/options.html#/settings`);
			await expect(page.getByTestId('pack-active')).toContainText(`version ${versions.good}`);
			await expect(page.getByTestId('pack-source')).toContainText(
				'Your school sets where updates come from.',
			);
			await page.getByRole('button', { name: 'Check now' }).click();
			await expect(page.getByTestId('pack-last-check')).toContainText('404 not found');
			await expect(page.getByLabel('Pack address (https)')).toHaveCount(0);
		});
	} finally {
		await context.close();
	}
});
