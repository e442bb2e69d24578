import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { expect, it } from 'vitest';

import { readCorpus } from '../../shared/cli/read-corpus';
import { REPO_ROOT } from '../../shared/cli/resolve-pack';
import { compilePack, type Engine } from '../../shared/engine/create-engine';
import { canonicalJson } from '../../shared/pack/canonical-json';
import { publishedPackSchema } from '../../shared/pack/published-pack';
import { loadValidPack } from '../harness/load-valid-pack';

// A pack reaches the extension published: canonical JSON, its keys sorted. Whatever the build derives from
// the order of keys (the hint model's clause numbers, the lexicon index) must mean the same there.
it('finds, published as canonical JSON, exactly what the pack loaded from rules/ finds, on the dev corpus', async () => {
	const pack = await loadValidPack();
	const text = canonicalJson({
		...pack,
		manifest: { ...pack.manifest, publishedAt: '2026-11-28T09:00:00.000Z' },
	});
	const published = publishedPackSchema.parse(JSON.parse(text));
	const drafts = readCorpus(
		await readFile(path.join(REPO_ROOT, '..', 'shared', 'corpus', 'dev.jsonl'), 'utf8'),
	);
	const findingsOf = (engine: Engine) =>
		drafts.map((d) => engine.check(d.text, { platform: d.platform, surface: d.surface, images: d.images }));
	const found = findingsOf(compilePack(published));
	expect(found).toEqual(findingsOf(compilePack(pack)));
	// The hint model speaks on some of them, so its clause numbers are read.
	expect(found.flat().some((f) => f.rule.endsWith('/hint'))).toBe(true);
});
