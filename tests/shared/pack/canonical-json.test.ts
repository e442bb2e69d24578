import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { canonicalJson, canonicalJsonBytes, isCanonicalJson } from '../../../shared/pack/canonical-json';

describe('canonicalJson()', () => {
	it('sorts keys at every depth and leaves no whitespace', () => {
		expect(canonicalJson({ b: 1, a: { d: [3, { z: null, y: true }], c: 'x y' } })).toBe(
			'{"a":{"c":"x y","d":[3,{"y":true,"z":null}]},"b":1}',
		);
	});

	it('sorts by UTF-16 code units and writes UTF-8', () => {
		const bytes = canonicalJsonBytes({ é: 1, Z: 2, a: '“naïve” 🙂' });
		expect(new TextDecoder().decode(bytes)).toBe('{"Z":2,"a":"“naïve” 🙂","é":1}');
		expect(bytes.length).toBeGreaterThan(new TextDecoder().decode(bytes).length);
	});

	it('leaves out undefined properties and refuses what JSON cannot hold', () => {
		expect(canonicalJson({ a: undefined, b: 2 })).toBe('{"b":2}');
		expect(() => canonicalJson({ a: Number.NaN })).toThrow(/\$\.a/);
		expect(() => canonicalJson([() => 1])).toThrow(/\$\[0\]/);
		expect(() => canonicalJson(new Date(0))).toThrow(/plain objects/);
	});

	it('is stable: parse then re-encode gives the same bytes', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				const text = canonicalJson(value);
				expect(canonicalJson(JSON.parse(text))).toBe(text);
				expect(isCanonicalJson(new TextEncoder().encode(text))).toBe(true);
			}),
		);
	});
});

describe('isCanonicalJson()', () => {
	it('refuses spaces, unsorted keys, invalid UTF-8 and non-JSON', () => {
		const bytes = (text: string) => new TextEncoder().encode(text);
		expect(isCanonicalJson(bytes('{"a":1}'))).toBe(true);
		expect(isCanonicalJson(bytes('{"a": 1}'))).toBe(false);
		expect(isCanonicalJson(bytes('{"b":1,"a":2}'))).toBe(false);
		expect(isCanonicalJson(bytes('{"a":1}\n'))).toBe(false);
		expect(isCanonicalJson(new Uint8Array([0x22, 0xff, 0x22]))).toBe(false);
		expect(isCanonicalJson(bytes('{a:1}'))).toBe(false);
	});
});
