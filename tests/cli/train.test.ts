import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

import { hintModelFileSchema } from '../../shared/pack/hint-model-schema';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');

async function cli(args: string[]) {
	try {
		const { stdout, stderr } = await run(
			'npx',
			['--prefix', ROOT, 'tsx', path.join(ROOT, 'shared/cli/main.ts'), ...args],
			{
				cwd: tmpdir(),
			},
		);
		return { code: 0, stdout, stderr };
	} catch (error) {
		const e = error as { code: number; stdout: string; stderr: string };
		return { code: e.code, stdout: e.stdout, stderr: e.stderr };
	}
}

const PLACES = ['park', 'beach', 'garden', 'cafe', 'market', 'river', 'museum'];

/** A corpus of 90 drafts in a fresh folder: every third says "shambles" and raises reputation. */
async function writeCorpus(): Promise<{ dir: string; corpus: string }> {
	const dir = await mkdtemp(path.join(tmpdir(), 'sl-train-'));
	const corpus = path.join(dir, 'corpus.jsonl');
	const drafts = Array.from({ length: 90 }, (_, i) => ({
		id: `t-${i}`,
		text:
			i % 3 === 0
				? `Staff meeting was a total shambles again, ${PLACES[i % 7]} after`
				: `Lovely day at the ${PLACES[i % 7]}`,
		platform: 'facebook',
		surface: 'post',
		images: 0,
		expect: i % 3 === 0 ? ['reputation'] : [],
	}));
	await writeFile(corpus, drafts.map((d) => JSON.stringify(d)).join('\n'));
	return { dir, corpus };
}

describe('rules train', () => {
	it('writes a valid hint model from a corpus, keeps an edited message, and prints its figures to stderr', async () => {
		const { dir, corpus } = await writeCorpus();
		const out = path.join(dir, 'hint-model.yaml');
		const first = await cli(['train', '--out', out, corpus]);
		expect(first).toMatchObject({ code: 0, stdout: '' });
		expect(first.stderr).toMatch(/90 drafts, 1 clauses modelled and the breach model/);
		const model = hintModelFileSchema.parse(parse(await readFile(out, 'utf8')));
		expect(Object.keys(model.clauses)).toEqual(['reputation']);
		expect(model.trainedOn).toEqual({ drafts: 90, corpora: ['corpus.jsonl'] });
		expect(new Map(model.clauses.reputation!.weights).get('shambles')).toBeGreaterThan(0);
		// The breach model: a draft raising any clause against none; here the 30 reputation drafts.
		expect(first.stderr).toMatch(/^\(breach: any clause\)\s+30\s/m);
		expect(new Map(model.breach!.weights).get('shambles')).toBeGreaterThan(0);
		expect(model.breach!.threshold).toBeGreaterThan(model.breach!.bias);

		await writeFile(
			out,
			(await readFile(out, 'utf8')).replace(/^message: .*$/m, 'message: Our own words for {title}'),
		);
		expect((await cli(['train', '--out', out, corpus])).code).toBe(0);
		expect(hintModelFileSchema.parse(parse(await readFile(out, 'utf8'))).message).toBe(
			'Our own words for {title}',
		);
	});

	it("learns the flag examples of a pack's rules with --examples, and writes --veto", async () => {
		const { dir, corpus } = await writeCorpus();
		const out = path.join(dir, 'hint-model.yaml');
		const mini = path.join(ROOT, 'tests/fixtures/packs/mini');
		const result = await cli([
			'train',
			'--examples',
			mini,
			'--veto=-2.5',
			'--veto-except',
			'offensive',
			'--out',
			out,
			corpus,
		]);
		expect(result.code).toBe(0);
		expect(result.stderr).toMatch(/90 drafts and \d+ rule examples/);
		const model = hintModelFileSchema.parse(parse(await readFile(out, 'utf8')));
		expect(model.veto).toBe(-2.5);
		expect(model.trainedOn?.examples).toBeGreaterThan(0);
		// The veto may overrule the rules whose examples it learned, bar those of the clauses it spares.
		expect(model.vetoRules).toContain('reputation/disparaging');
		expect(model.vetoRules).not.toContain('offensive/profanity');
		// Nor a context rule: it is raised by where or when a draft is written, not by the words the model reads.
		expect(model.vetoRules).not.toContain('working-time/during-hours');
		// 30 drafts raise reputation, and the mini pack has three examples of reputation rules.
		expect(result.stderr).toMatch(/^reputation\s+33\s/m);
		expect((await cli(['train', '--veto', 'x', '--examples', mini, '--out', out, corpus])).code).toBe(2);
		// A veto needs the rules it may overrule, so it needs --examples.
		expect((await cli(['train', '--veto=-2', '--out', out, corpus])).code).toBe(2);
	});

	it('exits 2 on bad usage and 1 on a corpus it cannot read', async () => {
		expect((await cli(['train', 'x.jsonl'])).code).toBe(2);
		const badValues: [string[], RegExp][] = [
			[['--max-weights', 'lots'], /--max-weights takes a whole number/],
			[['--alongside-cost=-1'], /--alongside-cost numbers of 0 or more/],
		];
		for (const [options, message] of badValues) {
			const bad = await cli(['train', '--out', path.join(tmpdir(), 'm.yaml'), ...options, 'x.jsonl']);
			expect(bad.code).toBe(2);
			expect(bad.stderr).toMatch(message);
		}
		const missing = await cli(['train', '--out', path.join(tmpdir(), 'm.yaml'), '/nonexistent.jsonl']);
		expect(missing.code).toBe(1);
		expect(missing.stderr).toMatch(/train: \/nonexistent\.jsonl/);
	});
});
