import { describe, expect, it } from 'vitest';

import { compilePack } from '../../../../shared/engine/create-engine';
import { loadPackDir } from '../../../../shared/pack/load-pack-dir';

const base = [
	{
		path: 'pack.yaml',
		text: 'id: t\nname: T\nversion: 1.0.0\npolicyVersion: x\nminExtensionVersion: 0.1.0\n',
	},
	{
		path: 'school.yaml',
		text: 'names: [Hillside]\nlexicons:\n  elsewhere: ["my son\'s school", "@old"]\n  old: [my old school]\n',
	},
	{ path: 'clauses.yaml', text: 'offensive:\n  title: T\n  words: W\n  explanation: E\n  severity: warn\n' },
];
const examples = 'examples: {flag: [x], allow: [z]}\n';
const rules = {
	phrases: `id: offensive/phrases\nclause: offensive\nkind: phrases\nterms: [idiot*]\nunless: ["@elsewhere"]\n${examples}`,
	pattern: `id: offensive/pattern\nclause: offensive\nkind: pattern\npattern: '\\bclown\\b'\nunless: [only joking]\n${examples}`,
	proximity: `id: offensive/proximity\nclause: offensive\nkind: proximity\ntargets: [the head]\nterms: [useless]\nunless: ["@elsewhere"]\n${examples}`,
	'personal-data': `id: offensive/personal-data\nclause: offensive\nkind: personal-data\ndetect: [phone]\nunless: [fake number]\n${examples}`,
};

function load(files: { path: string; text: string }[]) {
	return loadPackDir([...base, ...files]);
}

describe('`unless` on phrases, pattern, proximity and personal-data rules', () => {
	const { pack, issues } = load(
		Object.entries(rules).map(([name, text]) => ({ path: `offensive/${name}.yaml`, text })),
	);
	const engine = compilePack(pack!);
	const rulesFound = (text: string) =>
		engine.check(text, { platform: 'x', surface: 'post', images: 0 }).map((f) => f.rule);

	it('loads', () => expect(issues).toEqual([]));

	it('raises as usual when no `unless` term is in the draft', () => {
		expect(rulesFound('What an idiot. The head is useless, a clown. Ring 07700 900123')).toEqual([
			'offensive/phrases',
			'offensive/proximity',
			'offensive/pattern',
			'offensive/personal-data',
		]);
	});

	it('keeps only that rule quiet when one is anywhere in the draft, through nested lexicons', () => {
		expect(rulesFound("What an idiot. The head is useless. At my son's school, anyway.")).toEqual([]);
		expect(rulesFound('What an idiot, back at my old school.')).toEqual([]);
		expect(rulesFound('What a clown. Only joking! What an idiot')).toEqual(['offensive/phrases']);
		expect(rulesFound('Ring 07700 900123 (a fake number, obviously)')).toEqual([]);
	});

	it('names an unknown lexicon in `unless` at its line, and refuses `unless` on a context rule', () => {
		const unknown = load([
			{
				path: 'offensive/r.yaml',
				text: `id: offensive/r\nclause: offensive\nkind: phrases\nterms: [idiot]\nunless: [ok, "@nowhere"]\n${examples}`,
			},
		]);
		expect(unknown.pack).toBeUndefined();
		expect(unknown.issues).toMatchObject([{ file: 'offensive/r.yaml', line: 5, code: 'E_UNKNOWN_LEXICON' }]);
		const context = load([
			{
				path: 'offensive/r.yaml',
				text: `id: offensive/r\nclause: offensive\nkind: context\nworkingTime: true\nunless: [ok]\n${examples}`,
			},
		]);
		expect(context.issues).toMatchObject([{ file: 'offensive/r.yaml', code: 'E_SCHEMA' }]);
	});
});
