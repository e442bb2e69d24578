import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { compilePack } from '../../engine/create-engine';
import { runExamples } from '../../eval/run-examples';
import { canonicalJsonBytes } from '../../pack/canonical-json';
import { loadPackDir } from '../../pack/load-pack-dir';
import { formatIssue } from '../../pack/pack-issue';
import { parsePublishedPack, type PublishedPack } from '../../pack/published-pack';
import { readPackFiles } from '../read-pack-files';

export const buildUsage =
	'build DIR --out FILE [--published-at ISO]   validate, run every example, compile; write canonical JSON';

/**
 * `rules build DIR --out FILE`: validates the pack folder, runs every rule's examples, compiles it, stamps the
 * publish time and writes the pack as canonical JSON, ready for `rules sign`. Nothing is written on any error.
 */
export async function buildCommand(argv: string[]): Promise<number> {
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: { out: { type: 'string' }, 'published-at': { type: 'string' } },
	});
	const [dir] = positionals;
	if (!dir || !values.out || positionals.length !== 1) {
		console.error(`usage: rules ${buildUsage}`);
		return 2;
	}
	const { pack, issues, sources } = loadPackDir(await readPackFiles(dir));
	if (!pack) {
		for (const issue of issues)
			console.error(path.join(dir, issue.file) + formatIssue(issue).slice(issue.file.length));
		console.error(`build: ${issues.length} problem(s); nothing written`);
		return 1;
	}
	let engine;
	try {
		engine = compilePack(pack);
	} catch (error) {
		console.error(`build: the pack does not compile: ${(error as Error).message}`);
		return 1;
	}
	const results = runExamples(engine, pack, sources);
	const failures = results.filter((result) => !result.ok);
	for (const f of failures) {
		console.error(
			`${path.join(dir, f.file)}:${f.line}: ${f.rule}: ${f.expectation} example “${f.text}”: ${f.problem}`,
		);
	}
	if (failures.length > 0) {
		console.error(`build: ${failures.length} of ${results.length} examples failed; nothing written`);
		return 1;
	}
	const publishedAt = new Date(values['published-at'] ?? Date.now()).toISOString();
	const published: PublishedPack = { ...pack, manifest: { ...pack.manifest, publishedAt } };
	const bytes = canonicalJsonBytes(published);
	const check = parsePublishedPack(bytes, values.out);
	if (check instanceof Error) {
		console.error(`build: ${check.message}`);
		return 1;
	}
	await mkdir(path.dirname(path.resolve(values.out)), { recursive: true });
	await writeFile(values.out, bytes);
	const { id, version } = published.manifest;
	console.log(
		`built ${id} ${version}: ${Object.keys(pack.clauses).length} clauses, ${pack.rules.length} rules, ${results.length} examples passed, ${bytes.length} bytes → ${values.out}`,
	);
	console.log(`published at ${publishedAt}; next: rules sign ${values.out} --key YOUR.key`);
	return 0;
}
