import { describe, expect, it } from 'vitest';

import { expandTerms } from '../../../shared/pack/expand-terms';
import { loadPackDir } from '../../../shared/pack/load-pack-dir';
import { unpackHintModel } from '../../../shared/pack/pack-hint-model';
import { validatePattern } from '../../../shared/pack/validate-pattern';
import { boundQuantifiers } from '../../../shared/engine/matchers/bound-quantifiers';

const base = [
	{
		path: 'pack.yaml',
		text: 'id: t\nname: T\nversion: 1.0.0\npolicyVersion: x\nminExtensionVersion: 0.1.0\n',
	},
	{ path: 'school.yaml', text: 'names: [Hillside]\nlexicons:\n  a: [x, "@b"]\n  b: [y]\n' },
	{
		path: 'clauses.yaml',
		text: 'offensive:\n  title: T\n  words: W\n  explanation: E\n  severity: warn\n',
	},
];
const rule = (text: string) => [...base, { path: 'offensive/r.yaml', text }];

describe('loadPackDir()', () => {
	it('loads a valid pack', () => {
		const { pack, issues } = loadPackDir(
			rule(
				'id: offensive/r\nclause: offensive\nkind: phrases\nterms: ["@a"]\nexamples: {flag: [x], allow: [z]}\n',
			),
		);
		expect(issues).toEqual([]);
		expect(pack?.rules.map((r) => r.id)).toEqual(['offensive/r']);
	});
	it('locates schema errors at their line and column', () => {
		const { issues } = loadPackDir(
			rule(
				'id: offensive/r\nclause: offensive\nkind: phrases\nterms: []\nexamples: {flag: [x], allow: [z]}\n',
			),
		);
		expect(issues).toMatchObject([{ file: 'offensive/r.yaml', line: 4, column: 8, code: 'E_SCHEMA' }]);
	});
	it('reads lexicons/<name>.yaml into the school lexicons, with errors at their own line', () => {
		const valid = [
			...rule(
				'id: offensive/r\nclause: offensive\nkind: phrases\nterms: ["@c"]\nexamples: {flag: [z], allow: [q]}\n',
			),
			{ path: 'lexicons/c.yaml', text: '# from a file\n- z\n- "@a"\n' },
		];
		const loaded = loadPackDir(valid);
		expect(loaded.issues).toEqual([]);
		expect(loaded.pack?.school.lexicons).toEqual({ a: ['x', '@b'], b: ['y'], c: ['z', '@a'] });

		const broken = loadPackDir([
			...valid.slice(0, -1),
			{ path: 'lexicons/c.yaml', text: '- z\n- "@nowhere"\n' },
			{ path: 'lexicons/a.yaml', text: '- again\n' },
			{ path: 'lexicons/Bad_Name.yaml', text: '- w\n' },
		]);
		expect(broken.pack).toBeUndefined();
		expect(broken.issues).toMatchObject([
			{ file: 'lexicons/Bad_Name.yaml', code: 'E_SCHEMA' },
			{ file: 'lexicons/a.yaml', code: 'E_DUPLICATE_LEXICON' },
			{ file: 'lexicons/c.yaml', line: 2, code: 'E_UNKNOWN_LEXICON' },
			{ file: 'offensive/r.yaml', line: 4, code: 'E_UNKNOWN_LEXICON' }, // the rule naming @c, through it
		]);
	});
	it("checks a clause's hintUnless terms like a rule's, at their line in clauses.yaml", () => {
		const withUnless = (terms: string) =>
			loadPackDir([
				...rule(
					'id: offensive/r\nclause: offensive\nkind: phrases\nterms: [x]\nexamples: {flag: [x], allow: [z]}\n',
				).map((file) =>
					file.path === 'clauses.yaml' ? { ...file, text: `${file.text}  hintUnless:\n${terms}` } : file,
				),
			]);
		const good = withUnless('    - "@a"\n    - views my own\n');
		expect(good.issues).toEqual([]);
		expect(good.pack?.clauses.offensive?.hintUnless).toEqual(['@a', 'views my own']);
		expect(withUnless('    - views my own\n    - "@nowhere"\n').issues).toMatchObject([
			{ file: 'clauses.yaml', line: 8, code: 'E_UNKNOWN_LEXICON' },
		]);
		expect(withUnless('    []\n').issues).toMatchObject([{ file: 'clauses.yaml', code: 'E_SCHEMA' }]);
	});
	it('refuses values a " #" cuts short (YAML reads the rest as a comment), not comments written as such', () => {
		const { issues } = loadPackDir([
			...rule(
				'id: offensive/r\nclause: offensive\nkind: phrases\nterms: ["@c"]\nexamples:\n  flag: [z]\n  allow:\n    - text: Off to the lakes #halfterm\n',
			),
			{ path: 'lexicons/c.yaml', text: '- z # a note\n- year #s\n- "year #"\n' },
		]);
		expect(issues).toMatchObject([
			{ file: 'lexicons/c.yaml', line: 2, code: 'E_YAML_COMMENT' },
			{ file: 'offensive/r.yaml', line: 8, code: 'E_YAML_COMMENT' },
		]);
	});
	it('checks id = path, unknown kinds and lexicon cycles', () => {
		expect(
			loadPackDir(
				rule(
					'id: offensive/x\nclause: offensive\nkind: phrases\nterms: [a]\nexamples: {flag: [a], allow: [b]}\n',
				),
			).issues,
		).toMatchObject([{ line: 1, code: 'E_ID_PATH' }]);
		expect(loadPackDir(rule('id: offensive/r\nclause: offensive\nkind: regex\n')).issues[0]).toMatchObject({
			line: 3,
			code: 'E_SCHEMA',
		});
		const cyclic = [
			...base.slice(0, 1),
			{ path: 'school.yaml', text: 'names: [H]\nlexicons:\n  a: ["@b"]\n  b: ["x @a"]\n' },
			base[2]!,
		];
		expect(loadPackDir(cyclic).issues.map((i) => i.code)).toContain('E_LEXICON_CYCLE');
	});
	it('refuses a term listed twice in one lexicon (case and spaces aside), at its second line', () => {
		const files = rule(
			'id: offensive/r\nclause: offensive\nkind: phrases\nterms: ["@c"]\nexamples: {flag: [x], allow: [z]}\n',
		);
		const withLexicon = (text: string) => loadPackDir([...files, { path: 'lexicons/c.yaml', text }]).issues;
		expect(withLexicon('- x\n- y\n- x y\n')).toEqual([]);
		expect(withLexicon('- x\n- y\n- " X"\n')).toMatchObject([
			{
				file: 'lexicons/c.yaml',
				line: 3,
				code: 'E_DUPLICATE_TERM',
				message: '"X" is already entry 1 of this lexicon',
			},
		]);
	});
	it('checks the clauses a combination needs: known, and not its own', () => {
		const combination = (all: string) =>
			loadPackDir(
				rule(
					`id: offensive/r\nclause: offensive\nkind: combination\nall: [${all}]\nexamples: {flag: [x], allow: [z]}\n`,
				),
			).issues;
		expect(combination('nonsense')).toMatchObject([{ line: 4, code: 'E_UNKNOWN_CLAUSE' }]);
		expect(combination('offensive')).toMatchObject([{ line: 4, code: 'E_SCHEMA' }]);
		expect(
			loadPackDir(
				rule('id: offensive/r\nclause: offensive\nkind: combination\nall: [offensive]\nevasion: true\n'),
			).issues[0],
		).toMatchObject({ code: 'E_SCHEMA' }); // evasion means nothing here
	});
});

describe('expandTerms()', () => {
	it('expands references anywhere in a term, nested', () => {
		expect(expandTerms(['our @a'], { a: ['x', '@b'], b: ['y'] })).toEqual(['our x', 'our y']);
		expect(expandTerms(['@mandeville.sch.uk'], {})).toEqual(['@mandeville.sch.uk']);
		expect(() => expandTerms(['@c'], {})).toThrow(/unknown lexicon/);
	});
});

describe('validatePattern()', () => {
	it.each([
		['(a+)+b', /nested quantifiers/],
		[Array.from({ length: 26 }, (_, i) => `x${i}\\s{0,2}`).join(''), /more than 25 quantifiers/],
		['(a|aa)+b', /alternatives/],
		['(a)\\1', /back-references/],
		['(?<x>a)\\k<x>', /back-references/],
		['a*', /empty text/],
		['[', /not a valid/],
	])('rejects %s', (pattern, problem) => expect(validatePattern(pattern)).toMatch(problem));
	it.each(['\\bPUPIL-\\d+\\b', '\\b[A-Z]\\d{12}\\b', '(?:Mr|Mrs)\\.? [A-Z][a-z]+'])('accepts %s', (pattern) =>
		expect(validatePattern(pattern)).toBeUndefined(),
	);
	it('bounds unbounded quantifiers outside classes and escapes', () => {
		expect(boundQuantifiers('\\d+[a-z*]*x{2,}\\+')).toBe('\\d{1,100}[a-z*]{0,100}x{2,102}\\+');
	});
});

describe('loadPackDir(): hint-model.yaml', () => {
	const okRule =
		'id: offensive/r\nclause: offensive\nkind: phrases\nterms: ["@a"]\nexamples: {flag: [x], allow: [z]}\n';
	const withModel = (text: string) => loadPackDir([...rule(okRule), { path: 'hint-model.yaml', text }]);
	// A second clause, for models of two.
	const withTwoClauses = (text: string) =>
		loadPackDir(
			[...rule(okRule), { path: 'hint-model.yaml', text }].map((f) =>
				f.path === 'clauses.yaml'
					? {
							...f,
							text: `${f.text}harassment:\n  title: H\n  words: W\n  explanation: E\n  severity: warn\n`,
						}
					: f,
			),
		);
	const head = 'features: words+bigrams/1\nmessage: Like “{title}”\nmaxChars: 2000\nclauses:\n';
	it('loads the model into the pack', () => {
		const { pack, issues } = withModel(
			`${head}  offensive:\n    bias: -1\n    threshold: 0.5\n    weights: [[rubbish, 2], ["rubbish day", 1]]\n`,
		);
		expect(issues).toEqual([]);
		expect(unpackHintModel(pack!.model!).clauses.offensive?.weights).toEqual([
			['rubbish', 2],
			['rubbish day', 1],
		]);
	});
	it('keeps the rule slug "hint" for the model', () => {
		const { issues } = loadPackDir(
			rule(
				'id: offensive/hint\nclause: offensive\nkind: phrases\nterms: ["@a"]\nexamples: {flag: [x], allow: [z]}\n',
			).map((f) => (f.path === 'offensive/r.yaml' ? { ...f, path: 'offensive/hint.yaml' } : f)),
		);
		expect(issues).toMatchObject([{ file: 'offensive/hint.yaml', line: 1, code: 'E_ID_PATH' }]);
	});
	it('refuses a clause the pack does not have, at its line', () => {
		const { pack, issues } = withModel(
			`${head}  offensive:\n    bias: 0\n    threshold: 0\n    weights: []\n  copyright:\n    bias: 0\n    threshold: 0\n    weights: []\n`,
		);
		expect(pack).toBeUndefined();
		expect(issues).toMatchObject([{ file: 'hint-model.yaml', line: 10, code: 'E_UNKNOWN_CLAUSE' }]);
	});
	it('refuses a malformed feature or weight, at its line', () => {
		const { issues } = withModel(
			`${head}  offensive:\n    bias: 0\n    threshold: 0\n    weights:\n      - [ok, 1]\n      - [three words here, 1]\n      - [fine, nope]\n`,
		);
		expect(issues).toMatchObject([
			{ file: 'hint-model.yaml', line: 10, code: 'E_SCHEMA' },
			{ file: 'hint-model.yaml', line: 11, code: 'E_SCHEMA' },
		]);
	});
	it('refuses a feature weighted twice for one clause, at its second line; two clauses may share one', () => {
		const twice = `${head}  offensive:\n    bias: 0\n    threshold: 0\n    weights:\n      - [rubbish, 1]\n      - [awful, 1]\n      - [rubbish, 2]\n`;
		const { pack, issues } = withModel(twice);
		expect(pack).toBeUndefined();
		expect(issues).toMatchObject([
			{
				file: 'hint-model.yaml',
				line: 11,
				code: 'E_SCHEMA',
				message: expect.stringContaining('"rubbish" is weighted twice'),
			},
		]);
		const shared = `${head}  offensive:\n    bias: 0\n    threshold: 0\n    weights: [[rubbish, 1]]\n  harassment:\n    bias: 0\n    threshold: 0\n    weights: [[rubbish, 2]]\n`;
		expect(withTwoClauses(shared).issues).toEqual([]);
	});
	it("packs the model: one sorted vocabulary, each feature's weights clause by clause", () => {
		const { pack } = withTwoClauses(
			`${head}  offensive:\n    bias: -1\n    threshold: 0.5\n    weights: [[rubbish, 2], [awful, 1]]\n  harassment:\n    bias: 0\n    threshold: 1\n    weights: [[rubbish, 3], [§images, -1]]\n`,
		);
		expect(pack?.model).toMatchObject({
			clauses: { offensive: { bias: -1, threshold: 0.5 }, harassment: { bias: 0, threshold: 1 } },
			vocabulary: ['awful', 'rubbish', '§images'],
			weightCounts: [1, 2, 1],
			// Clauses numbered by id: harassment 0, offensive 1.
			weightClauses: [1, 0, 1, 0],
			weightValues: [1, 3, 2, -1],
		});
	});
});
