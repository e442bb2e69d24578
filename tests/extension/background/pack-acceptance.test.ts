import { describe, expect, it } from 'vitest';

import { acceptance } from '../../../extension/background/pack-acceptance';
import type { Manifest } from '../../../shared/pack/schema';

const manifest = (id: string, version: string, minExtensionVersion = '0.1.0'): Manifest => ({
	id,
	name: id,
	version,
	policyVersion: '2025',
	minExtensionVersion,
});

describe('acceptance()', () => {
	it('takes a newer version of the active pack', () => {
		expect(acceptance(manifest('a', '1.1.0'), manifest('a', '1.0.0'), 'update', '0.1.0')).toEqual({
			take: true,
		});
	});

	it('says up to date for the same version, and refuses an older one', () => {
		expect(acceptance(manifest('a', '1.0.0'), manifest('a', '1.0.0'), 'update', '0.1.0')).toMatchObject({
			take: false,
			upToDate: true,
		});
		expect(acceptance(manifest('a', '0.9.0'), manifest('a', '1.0.0'), 'update', '0.1.0')).toMatchObject({
			take: false,
			upToDate: false,
			reason: expect.stringMatching(/not newer/),
		});
	});

	it('lets a school pack with another id replace the bundled one, but not an updated one', () => {
		expect(acceptance(manifest('school', '0.1.0'), manifest('a', '1.0.0'), 'bundled', '0.1.0')).toEqual({
			take: true,
		});
		expect(acceptance(manifest('school', '0.1.0'), manifest('a', '1.0.0'), 'update', '0.1.0')).toMatchObject({
			take: false,
		});
	});

	it('refuses a pack that needs a newer extension', () => {
		expect(
			acceptance(manifest('a', '2.0.0', '0.2.0'), manifest('a', '1.0.0'), 'update', '0.1.0'),
		).toMatchObject({
			take: false,
			reason: expect.stringMatching(/needs Second Look 0\.2\.0 or later; this is 0\.1\.0/),
		});
	});
});
