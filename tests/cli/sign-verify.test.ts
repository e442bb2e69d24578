import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { makeTempDir, runCli, writePackSource } from './build-cli-fixture';

describe('rules sign and rules verify', () => {
	let dir: string;
	let cleanup: () => Promise<void>;
	beforeAll(async () => {
		({ dir, cleanup } = await makeTempDir());
		await writePackSource(dir);
		for (const args of [
			['keygen', '--out', 'keys', '--name', 'school'],
			['keygen', '--out', 'keys', '--name', 'stranger'],
			['build', 'src', '--out', 'out/pack.json'],
		]) {
			const result = await runCli(args, dir);
			expect(result.code, result.stderr).toBe(0);
		}
	});
	afterAll(() => cleanup());

	it('signs a built pack, and verifies it with the public key file or its text', async () => {
		const signed = await runCli(['sign', 'out/pack.json', '--key', 'keys/school.key'], dir);
		expect(signed.code, signed.stderr).toBe(0);
		expect(await readFile(path.join(dir, 'out/pack.json.sig'), 'utf8')).toMatch(/^[A-Za-z0-9+/]{86}==\n$/);
		const verified = await runCli(['verify', 'out/pack.json', '--pub', 'keys/school.pub'], dir);
		expect(verified.code, verified.stderr).toBe(0);
		expect(verified.stdout).toMatch(/^OK: test-school 1\.0\.0, published \d{4}-/);
		const pubText = (await readFile(path.join(dir, 'keys/school.pub'), 'utf8')).trim();
		expect((await runCli(['verify', 'out/pack.json', '--pub', pubText], dir)).code).toBe(0);
	});

	it('refuses a pack changed after signing, and a key that is not trusted', async () => {
		expect((await runCli(['sign', 'out/pack.json', '--key', 'keys/school.key'], dir)).code).toBe(0);
		const untrusted = await runCli(['verify', 'out/pack.json', '--pub', 'keys/stranger.pub'], dir);
		expect(untrusted.code).toBe(1);
		expect(untrusted.stderr).toMatch(/REFUSED: .*does not match any trusted key/);

		const text = await readFile(path.join(dir, 'out/pack.json'), 'utf8');
		await writeFile(path.join(dir, 'out/tampered.json'), text.replace('idiot*', 'idiots'));
		await writeFile(
			path.join(dir, 'out/tampered.json.sig'),
			await readFile(path.join(dir, 'out/pack.json.sig')),
		);
		const tampered = await runCli(['verify', 'out/tampered.json', '--pub', 'keys/school.pub'], dir);
		expect(tampered.code).toBe(1);
		expect(tampered.stderr).toMatch(/REFUSED/);
	});

	it('refuses to sign a file that is not a built pack, or with a key that is not a private key', async () => {
		await writeFile(path.join(dir, 'out/notes.json'), '{"hello": "world"}');
		const notPack = await runCli(['sign', 'out/notes.json', '--key', 'keys/school.key'], dir);
		expect(notPack.code).toBe(1);
		expect(notPack.stderr).toMatch(/refusing to sign/);
		const badKey = await runCli(['sign', 'out/pack.json', '--key', 'keys/school.pub'], dir);
		expect(badKey.code).toBe(1);
		expect(badKey.stderr).toMatch(/not a private key/);
	});
});
