import { describe, expect, it } from 'vitest';

import { boundQuantifiers } from '../../../../shared/engine/matchers/bound-quantifiers';

describe('boundQuantifiers()', () => {
	it.each([
		['\\d+[a-z]*', '\\d{1,100}[a-z]{0,100}'],
		['a{2,}b{3}c{1,4}', 'a{2,102}b{3}c{1,4}'],
		['x*?y+?', 'x{0,100}?y{1,100}?'],
		// Escaped quantifier characters and classes are left alone, whatever they hold.
		['\\*\\+\\{2,\\}', '\\*\\+\\{2,\\}'],
		['[*+]+', '[*+]{1,100}'],
		['[\\]*]+', '[\\]*]{1,100}'],
		['[]*]+', '[]{0,100}]{1,100}'],
		['\\p{L}+\\u{1F600}*', '\\p{L}{1,100}\\u{1F600}{0,100}'],
		// Not valid patterns (validation refuses them): an unclosed class and a lone backslash stay as written.
		['a*[b*', 'a{0,100}[b*'],
		['a+\\', 'a{1,100}\\'],
		['[a\\', '[a\\'],
	])('%j → %j', (source, bounded) => expect(boundQuantifiers(source)).toBe(bounded));
});
