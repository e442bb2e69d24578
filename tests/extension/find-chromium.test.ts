import { describe, expect, it } from 'vitest';

import { findChromium } from '../harness/find-chromium';

describe('findChromium()', () => {
	it('prefers $CHROMIUM_PATH when it exists', () => {
		const exists = (path: string) =>
			path === '/opt/chrome-for-testing/chrome' || path === '/usr/bin/chromium';
		expect(findChromium({ env: { CHROMIUM_PATH: '/opt/chrome-for-testing/chrome' }, exists })).toBe(
			'/opt/chrome-for-testing/chrome',
		);
	});

	it('falls back to Debian’s Chromium', () => {
		expect(findChromium({ env: {}, exists: (path) => path === '/usr/bin/chromium' })).toBe(
			'/usr/bin/chromium',
		);
	});

	it('names the fix when no browser is there', () => {
		expect(() => findChromium({ env: { CHROMIUM_PATH: '/nowhere/chrome' }, exists: () => false })).toThrow(
			/apt-get install -y chromium[\s\S]*CHROMIUM_PATH/,
		);
	});
});
