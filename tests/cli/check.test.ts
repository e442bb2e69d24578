import { execFile, spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const MINI = path.join(ROOT, 'tests/fixtures/packs/mini');

async function cli(args: string[], cwd = tmpdir()) {
	try {
		const { stdout, stderr } = await run(
			'npx',
			['--prefix', ROOT, 'tsx', path.join(ROOT, 'shared/cli/main.ts'), ...args],
			{ cwd },
		);
		return { code: 0, stdout, stderr };
	} catch (error) {
		const e = error as { code: number; stdout: string; stderr: string };
		return { code: e.code, stdout: e.stdout, stderr: e.stderr };
	}
}

async function jsonl(lines: object[]): Promise<string> {
	const dir = await mkdtemp(path.join(tmpdir(), 'sl-check-'));
	const file = path.join(dir, 'drafts.jsonl');
	await writeFile(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
	return file;
}

describe('rules check', () => {
	it('prints exactly one findings line per draft and nothing else', async () => {
		const file = await jsonl([
			{ id: 'a', text: 'What a sh1t day at Hillside', platform: 'x', surface: 'post', images: 0 },
			{
				id: 7,
				text: 'hello',
				platform: 'facebook',
				surface: 'dm',
				images: 0,
				expect: [],
				why: 'extra fields are ignored',
			},
			{ id: 'late', text: 'hi', platform: 'x', surface: 'dm', images: 0, time: '2025-03-03T10:00:00Z' },
		]);
		const { code, stdout } = await cli(['check', '--jsonl', file, '--pack', MINI]);
		expect(code).toBe(0);
		expect(stdout).toBe(
			[
				'{"id":"a","findings":[{"clause":"offensive","rule":"offensive/profanity","severity":"warn","start":7,"end":11},{"clause":"affiliation","rule":"affiliation/names-school","severity":"info","start":19,"end":27}]}',
				'{"id":7,"findings":[]}',
				'{"id":"late","findings":[{"clause":"working-time","rule":"working-time/during-hours","severity":"info","start":0,"end":2}]}',
				'',
			].join('\n'),
		);
	});

	it('uses rules/ of the repository by default, whatever the working directory', async () => {
		const file = await jsonl([
			{ id: 'x', text: 'Lovely walk by the canal.', platform: 'x', surface: 'post', images: 0 },
		]);
		const { code, stdout } = await cli(['check', '--jsonl', file], tmpdir());
		expect(code).toBe(0);
		expect(stdout).toBe('{"id":"x","findings":[]}\n');
	});

	it('stops quietly when its reader stops early (| head): exit 0, nothing on stderr', async () => {
		const file = await jsonl(
			Array.from({ length: 20_000 }, (_, i) => ({
				id: i,
				text: 'hi',
				platform: 'x',
				surface: 'dm',
				images: 0,
			})),
		);
		const child = spawn('npx', [
			'--prefix',
			ROOT,
			'tsx',
			path.join(ROOT, 'shared/cli/main.ts'),
			'check',
			'--jsonl',
			file,
			'--pack',
			MINI,
		]);
		let stderr = '';
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		// Read the first chunk, then close the pipe, as `head -1` does.
		child.stdout.once('data', () => child.stdout.destroy());
		const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
		expect(stderr).toBe('');
		expect(code).toBe(0);
	});

	it('exits 2 on bad usage and 1 on an unreadable line, with messages on stderr only', async () => {
		expect((await cli(['check'])).code).toBe(2);
		expect((await cli(['nonsense'])).code).toBe(2);
		const file = await jsonl([{ id: 'bad', text: 'x', platform: 'myspace', surface: 'post' }]);
		const bad = await cli(['check', '--jsonl', file, '--pack', MINI]);
		expect(bad.code).toBe(1);
		expect(bad.stdout).toBe('');
		expect(bad.stderr).toMatch(/drafts\.jsonl:1:/);
	});
});

describe('rules validate / test', () => {
	it('validates the mini pack and runs its examples', async () => {
		expect((await cli(['validate', MINI])).code).toBe(0);
		const test = await cli(['test', MINI, '--corpus', '/dev/null']);
		expect(test.code).toBe(0);
		expect(test.stdout).toMatch(/examples: (\d+)\/\1 passed/);
	});

	it('reports file:line:column:code for a broken pack', async () => {
		const { code, stdout } = await cli(['validate', path.join(ROOT, 'tests/fixtures/packs/invalid')]);
		expect(code).toBe(1);
		expect(stdout.trim().split('\n')).toEqual([
			expect.stringMatching(/offensive\/bad\.yaml:3:9:E_UNKNOWN_CLAUSE:no clause "nonsense"/),
			expect.stringMatching(/offensive\/bad\.yaml:6:5:E_UNKNOWN_LEXICON:/),
			expect.stringMatching(/offensive\/nested\.yaml:4:10:E_UNSAFE_PATTERN:nested quantifiers/),
		]);
	});
});
