import { defineConfig } from '@playwright/test';

export default defineConfig({
	testDir: 'tests/e2e',
	workers: 1,
	timeout: 45_000,
	forbidOnly: Boolean(process.env.CI),
	reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
	use: { trace: 'retain-on-failure' },
});
