import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { isCanonicalJson } from '../../shared/pack/canonical-json';
import { makeTempDir, runCli, writePackSource } from './build-cli-fixture';

describe('rules build and rules diff', () => {
	let dir: string;
	let cleanup: () => Promise<void>;
	beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
	afterEach(() => cleanup());

	it('builds canonical JSON with the publish time, and diffs two builds in words', async () => {
		await writePackSource(dir);
		const first = await runCli(
			['build', 'src', '--out', 'v1.json', '--published-at', '2025-01-01T09:00:00Z'],
			dir,
		);
		expect(first.code, first.stderr).toBe(0);
		expect(first.stdout).toMatch(/built test-school 1\.0\.0: 1 clauses, 1 rules, 2 examples passed/);
		const bytes = await readFile(path.join(dir, 'v1.json'));
		expect(isCanonicalJson(bytes)).toBe(true);
		expect(JSON.parse(bytes.toString('utf8')).manifest.publishedAt).toBe('2025-01-01T09:00:00.000Z');

		await writePackSource(dir, { version: '1.1.0', terms: ['@insults', 'zebrafish'] });
		const second = await runCli(['build', 'src', '--out', 'v2.json'], dir);
		expect(second.code, second.stderr).toBe(0);
		const diff = await runCli(['diff', 'v1.json', 'v2.json'], dir);
		expect(diff.code, diff.stderr).toBe(0);
		expect(diff.stdout).toMatch(/^Version: 1\.0\.0 → 1\.1\.0 \(newer\)$/m);
		expect(diff.stdout).toMatch(/^Rule offensive\/insults: terms added “zebrafish”; removed “twit”$/m);
		const backwards = await runCli(['diff', 'v2.json', 'v1.json'], dir);
		expect(backwards.stdout).toMatch(/NOT newer/);
	});

	it('writes nothing when the source does not validate or an example fails, naming the file and line', async () => {
		const src = await writePackSource(dir);
		await writeFile(
			path.join(src, 'offensive/insults.yaml'),
			'id: offensive/insults\nclause: nope\nkind: phrases\nterms: [x]\n',
		);
		const invalid = await runCli(['build', 'src', '--out', 'pack.json'], dir);
		expect(invalid.code).toBe(1);
		expect(invalid.stderr).toMatch(/src\/offensive\/insults\.yaml:2:\d+:/);

		await writePackSource(dir);
		await writeFile(
			path.join(src, 'offensive/insults.yaml'),
			"id: offensive/insults\nclause: offensive\nkind: phrases\nterms: [twit]\nexamples:\n  flag: ['no match here']\n  allow: ['fine']\n",
		);
		const failing = await runCli(['build', 'src', '--out', 'pack.json'], dir);
		expect(failing.code).toBe(1);
		expect(failing.stderr).toMatch(
			/src\/offensive\/insults\.yaml:6: offensive\/insults: flag example “no match here”: not raised/,
		);
		await expect(readFile(path.join(dir, 'pack.json'))).rejects.toThrow();
	});
});
