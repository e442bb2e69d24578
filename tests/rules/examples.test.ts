import { describe, expect, it } from 'vitest';

import { resolvePack } from '../../shared/cli/resolve-pack';
import { compilePack } from '../../shared/engine/create-engine';
import { runExamples } from '../../shared/eval/run-examples';

// Every example of every rule in rules/, one case each; a failure names the YAML file and line.
const loaded = await resolvePack();
const results = loaded.pack ? runExamples(compilePack(loaded.pack), loaded.pack, loaded.sources) : [];

describe('rules/', () => {
	it('validates', () => {
		expect(loaded.issues.map((i) => `${i.file}:${i.line}:${i.column}:${i.code}:${i.message}`)).toEqual([]);
	});

	describe.each([...new Set(results.map((r) => r.rule))])('%s', (rule) => {
		it.each(results.filter((r) => r.rule === rule).map((r) => [`${r.expectation}s "${r.text}"`, r] as const))(
			'%s',
			(_name, result) => {
				expect(result.problem, `rules/${result.file}:${result.line}`).toBeUndefined();
			},
		);
	});
});
