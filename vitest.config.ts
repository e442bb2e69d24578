import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
	plugins: [WxtVitest()],
	test: {
		include: ['tests/{shared,extension,rules,cli}/**/*.test.{ts,tsx}', 'tests/*.test.ts'],
		testTimeout: 20_000,
		// Corpus suites load and compile the whole pack (with its 4 MB hint model) in beforeAll: a few seconds alone,
		// over vitest's 10 s default on a busy two-core machine.
		hookTimeout: 60_000,
		reporters: ['default', 'json'],
		outputFile: { json: 'reports/vitest.json' },
	},
});
