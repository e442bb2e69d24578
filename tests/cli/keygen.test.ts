import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { makeTempDir, runCli } from './build-cli-fixture';

describe('rules keygen', () => {
	let dir: string;
	let cleanup: () => Promise<void>;
	beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
	afterEach(() => cleanup());

	it('writes a private key (mode 600) and a one-line public key, and prints the public key', async () => {
		const result = await runCli(['keygen', '--out', 'keys', '--name', 'school-2025'], dir);
		expect(result.code, result.stderr).toBe(0);
		const pub = await readFile(path.join(dir, 'keys/school-2025.pub'), 'utf8');
		expect(pub).toMatch(/^[A-Za-z0-9+/]{43}=\n$/);
		expect(result.stdout).toContain(pub.trim());
		expect(result.stdout).toMatch(/fingerprint: [0-9a-f]{4}( [0-9a-f]{4}){3}/);
		const keyFile = path.join(dir, 'keys/school-2025.key');
		expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
		expect(await readFile(keyFile, 'utf8')).toMatch(/PRIVATE/);
	});

	it('never overwrites an existing key, and needs --out', async () => {
		expect((await runCli(['keygen', '--out', 'keys'], dir)).code).toBe(0);
		const again = await runCli(['keygen', '--out', 'keys'], dir);
		expect(again.code).toBe(1);
		expect(again.stderr).toMatch(/already exists/);
		expect((await runCli(['keygen'], dir)).code).toBe(2);
	});
});
