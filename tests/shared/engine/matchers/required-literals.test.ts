import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { readPackFiles } from '../../../../shared/cli/read-pack-files';
import { DEFAULT_PACK_DIR } from '../../../../shared/cli/resolve-pack';
import { boundQuantifiers } from '../../../../shared/engine/matchers/bound-quantifiers';
import {
	meetsNeeds,
	requiredLiterals,
	testedNeeds,
} from '../../../../shared/engine/matchers/required-literals';
import { loadPackDir } from '../../../../shared/pack/load-pack-dir';

// Regular expressions fast-check can write matching strings for: literals (some needing a backslash),
// classes, escapes, groups of every reading kind, alternatives and quantifiers, greedy and lazy.
const atom: fc.Arbitrary<string> = fc.letrec<{ re: string; atom: string }>((tie) => ({
	re: fc
		.array(
			fc.array(tie('atom'), { minLength: 1, maxLength: 4 }).map((atoms) => atoms.join('')),
			{ minLength: 1, maxLength: 3 },
		)
		.map((alternatives) => alternatives.join('|')),
	atom: fc
		.tuple(
			fc.oneof(
				{ weight: 6, arbitrary: fc.constantFrom(...'abcXY@#.-'.split('').map(escapeIfNeeded)) },
				fc.constantFrom('[a-c]', '[^a]', '\\d', '\\w', '\\s', '.', '\\u0041', '\\x42', '\\.', '\\-'),
				fc.constantFrom('(?:', '(', '(?<g>').chain((open) => tie('re').map((inner) => `${open}${inner})`)),
			),
			fc.constantFrom('', '', '', '?', '*', '+', '{2}', '{0,2}', '{1,3}', '+?', '*?'),
		)
		.map(([a, q]) => a + q),
})).re;

function escapeIfNeeded(c: string): string {
	return '.'.includes(c) ? `\\${c}` : c;
}

function matchesOf(source: string, flags: string) {
	// Named groups may repeat in generated sources: give each a name of its own.
	let n = 0;
	const unique = source.replace(/\(\?<g>/g, () => `(?<g${n++}>`);
	return fc.stringMatching(new RegExp(unique, flags.replace('i', '')));
}

describe('requiredLiterals', () => {
	it('reads literal runs, required groups and alternatives; leaves out what may be absent', () => {
		expect(requiredLiterals('\\b[\\w.]+@(?:gmail|yahoo)\\.com', '')).toEqual([
			['@'],
			['gmail', 'yahoo'],
			['.com'],
		]);
		expect(requiredLiterals('ab+c', '')).toEqual([['ab'], ['c']]);
		expect(requiredLiterals('ab?c', '')).toEqual([['a'], ['c']]);
		expect(requiredLiterals('(?:x|y)?z', '')).toEqual([['z']]);
		expect(requiredLiterals('a(?=b)c(?<!d)e', '')).toEqual([['a'], ['c'], ['e']]);
		expect(requiredLiterals('\\u0041BC\\d{2}x', '')).toEqual([['BC'], ['x']]);
		expect(requiredLiterals('foo|ba[rz]', '')).toEqual([['foo', 'ba']]);
		expect(requiredLiterals('foo|\\d+', '')).toEqual([]);
	});

	it('lower-cases under the i flag and drops what case folding could meet another way', () => {
		expect(requiredLiterals('Mandeville|MANDY', 'i')).toEqual([['mandeville', 'mandy']]);
		expect(requiredLiterals('Kelvin|seal', 'iu')).toEqual([]); // K (U+212A) and ſ fold to k and s
		expect(requiredLiterals('café', 'i')).toEqual([]);
		expect(requiredLiterals('[a-z]', 'v')).toEqual([]);
	});

	it('tests only a few selective needs, never a mere space', () => {
		expect(testedNeeds([['a', 'b', 'c', 'd'], [' '], ['@'], ['mandeville', 'mandy']])).toEqual([
			['@'],
			['mandeville', 'mandy'],
		]);
	});

	it('every string a pattern matches meets its needs (generated patterns)', () => {
		fc.assert(
			fc.property(
				atom.chain((source) =>
					fc.tuple(
						fc.constant(source),
						fc.constantFrom('', 'i', 'u', 'iu'),
						matchesOf(source, ''),
						fc.array(fc.boolean(), { maxLength: 40 }),
					),
				),
				([source, flags, text, upper]) => {
					// Under `i` the draft may have any case: flip some letters, then look in its lower case.
					const cased = flags.includes('i')
						? [...text].map((c, k) => (upper[k] ? c.toUpperCase() : c)).join('')
						: text;
					const needs = requiredLiterals(source, flags);
					expect(meetsNeeds(flags.includes('i') ? cased.toLowerCase() : cased, needs)).toBe(true);
				},
			),
			{ numRuns: 600 },
		);
	});

	it('never lets the pack skip a pattern on a tuning-corpus draft it matches', async () => {
		const { pack, issues } = loadPackDir(await readPackFiles(DEFAULT_PACK_DIR));
		expect(issues).toEqual([]);
		const corpusDir = path.resolve(import.meta.dirname, '../../../rules/corpus');
		const drafts = readdirSync(corpusDir)
			.filter((name) => name.endsWith('.jsonl'))
			.flatMap((name) => readFileSync(path.join(corpusDir, name), 'utf8').split('\n'))
			.filter((line) => line.trim())
			.map((line) => (JSON.parse(line) as { text: string }).text);
		let matched = 0;
		for (const rule of pack!.rules) {
			if (rule.kind !== 'pattern') continue;
			const flags = rule.flags ?? '';
			const regex = new RegExp(boundQuantifiers(rule.pattern), flags);
			const needs = requiredLiterals(rule.pattern, flags);
			for (const text of drafts) {
				if (!regex.test(text)) continue;
				matched++;
				expect(meetsNeeds(flags.includes('i') ? text.toLowerCase() : text, needs), rule.id).toBe(true);
			}
		}
		expect(matched).toBeGreaterThan(500);
	});
});
