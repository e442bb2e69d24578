import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { plainFirstWord } from '../../../shared/engine/terms/parse-term';
import { canonicalJson } from '../../../shared/pack/canonical-json';
import { indexLexicons } from '../../../shared/pack/index-lexicons';
import { indexMismatch, type LexiconIndex } from '../../../shared/pack/lexicon-index-schema';
import { packLexicons } from '../../../shared/pack/pack-lexicons';
import { publishedPackSchema } from '../../../shared/pack/published-pack';
import { rulePackSchema } from '../../../shared/pack/schema';
import { samplePack } from './sample-pack';

const entry = fc.constantFrom(
	'head teacher',
	'Head of year',
	'y#s',
	'@roles',
	'idiot*',
	'café',
	'zed',
	'a-b',
	'',
	' x',
);
const lexicons = fc.dictionary(
	fc.constantFrom('roles', 'staff', 'a-1', 'pupils'),
	fc.array(entry, { maxLength: 8 }),
);

describe('indexLexicons()', () => {
	it('lists every entry once: under its plain first word, in sorted words, or apart when it has none', () => {
		fc.assert(
			fc.property(lexicons, (lists) => {
				const index = indexLexicons(lists);
				expect(indexMismatch(index, lists)).toBeUndefined();
				expect([...index.words].sort()).toEqual(index.words);
				const names = Object.keys(lists);
				let k = 0;
				index.words.forEach((word, w) => {
					for (let n = 0; n < index.counts[w]!; n++, k += 2)
						expect(plainFirstWord(lists[names[index.entries[k]!]!]![index.entries[k + 1]!]!)).toBe(word);
				});
				for (let u = 0; u < index.unreadable.length; u += 2)
					expect(
						plainFirstWord(lists[names[index.unreadable[u]!]!]![index.unreadable[u + 1]!]!),
					).toBeUndefined();
			}),
		);
	});
});

describe('indexMismatch()', () => {
	const lists = { roles: ['head teacher', 'head of year', 'y#s'], staff: ['teacher', '@roles'] };
	const broken = (change: (index: LexiconIndex) => void) => {
		const index = indexLexicons(lists);
		change(index);
		return indexMismatch(index, lists);
	};
	it('accepts the index built from the lexicons, and says what is wrong with any other', () => {
		expect(broken(() => {})).toBeUndefined();
		expect(broken((i) => (i.lexicons[0] = 'pupils'))).toBe(
			'the index names other lexicons than the pack has',
		);
		expect(broken((i) => (i.lexicons[1] = 'roles'))).toBe('the index names other lexicons than the pack has');
		expect(broken((i) => i.lexicons.pop())).toBe('the index names other lexicons than the pack has');
		expect(broken((i) => i.words.reverse())).toBe(
			'the index words are not each once, sorted by UTF-16 code unit',
		);
		expect(broken((i) => i.counts.pop())).toBe('the index has not one count per word');
		expect(broken((i) => (i.counts[0] = 1.5))).toBe('an index count is not a whole number above 0');
		expect(broken((i) => i.entries.pop())).toBe('the index entries are not the pairs its counts add up to');
		expect(broken((i) => (i.entries[0] = 7))).toBe('an index entry names no lexicon');
		expect(broken((i) => (i.entries[1] = 9))).toBe('an index entry points past the end of its lexicon');
		expect(broken((i) => (i.entries[1] = -1))).toBe('an index entry points past the end of its lexicon');
		expect(broken((i) => ([i.entries[2], i.entries[3]] = [i.entries[0]!, i.entries[1]!]))).toMatch(/twice/);
		expect(broken((i) => i.unreadable.splice(0, 2))).toBe('the index leaves out an entry');
	});
	it('is part of the pack schema: a built or published pack with an index that does not fit is refused', () => {
		const pack = { ...samplePack(), lexiconIndex: indexLexicons({ other: ['x'] }) };
		const published = { ...pack, manifest: { ...pack.manifest, publishedAt: '2025-01-01T09:00:00.000Z' } };
		for (const result of [rulePackSchema.safeParse(pack), publishedPackSchema.safeParse(published)])
			expect(result.error?.issues).toMatchObject([
				{ path: ['lexiconIndex'], message: 'the index names other lexicons than the pack has' },
			]);
		const fits = { ...pack, lexiconIndex: indexLexicons(packLexicons(pack.school)) };
		expect(rulePackSchema.safeParse(fits).success).toBe(true);
		// Published as canonical JSON, the lexicons' keys are sorted: the index still fits.
		fits.school.lexicons = { zeta: ['z'], alpha: ['a b', '@zeta'] };
		fits.lexiconIndex = indexLexicons(packLexicons(fits.school));
		const canonical = JSON.parse(canonicalJson(fits)) as unknown;
		expect(Object.keys((canonical as typeof fits).school.lexicons)).toEqual(['alpha', 'zeta']);
		expect(rulePackSchema.safeParse(canonical).error?.issues).toBeUndefined();
	});
});
