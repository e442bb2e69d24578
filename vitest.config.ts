import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
	plugins: [WxtVitest()],
	test: {
		include: ['tests/{shared,extension,rules,cli}/**/*.test.{ts,tsx}', 'tests/*.test.ts'],
		testTimeout: 20_000,
		reporters: ['default', 'json'],
		outputFile: { json: 'reports/vitest.json' },
	},
});
