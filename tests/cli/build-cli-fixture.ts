import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const TSX = path.resolve('node_modules/.bin/tsx');
const MAIN = path.resolve('shared/cli/main.ts');

export interface CliResult {
	code: number;
	stdout: string;
	stderr: string;
}

/** Runs the real CLI (`npm run rules -- …` without npm's noise) in `cwd`. */
export function runCli(args: string[], cwd: string): Promise<CliResult> {
	return new Promise((resolve) => {
		execFile(TSX, [MAIN, ...args], { cwd, encoding: 'utf8' }, (error, stdout, stderr) => {
			const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
			resolve({ code, stdout, stderr });
		});
	});
}

/** A fresh temp dir, removed by the returned cleanup. */
export async function makeTempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
	const dir = await mkdtemp(path.join(tmpdir(), 'second-look-cli-'));
	return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Writes a small valid pack source folder: one clause, one phrases rule with extra terms. */
export async function writePackSource(
	dir: string,
	{ version = '1.0.0', terms = ['@insults', 'twit'] }: { version?: string; terms?: string[] } = {},
): Promise<string> {
	const src = path.join(dir, 'src');
	await mkdir(path.join(src, 'offensive'), { recursive: true });
	const files: Record<string, string> = {
		'pack.yaml': `id: test-school\nname: Test School policy\nversion: ${version}\npolicyVersion: '2025'\nminExtensionVersion: 0.1.0\n`,
		'school.yaml': 'names: [Test School]\nlexicons:\n  insults: [idiot*, moron]\n',
		'clauses.yaml': [
			'offensive:',
			'  title: Offensive content',
			"  words: 'Staff must not post offensive content.'",
			'  explanation: This may offend.',
			'  severity: warn',
			'',
		].join('\n'),
		'offensive/insults.yaml': [
			'id: offensive/insults',
			'clause: offensive',
			'kind: phrases',
			`terms: [${terms.map((t) => `'${t}'`).join(', ')}]`,
			'examples:',
			"  flag: ['what an idiot']",
			"  allow: ['a fine day']",
			'',
		].join('\n'),
	};
	for (const [name, text] of Object.entries(files)) await writeFile(path.join(src, name), text);
	return src;
}
