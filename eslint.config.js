import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{
		ignores: [
			'node_modules',
			'.output',
			'.wxt',
			'dist',
			'reports',
			'test-results',
			'tests/fixtures/dist',
			'.cache',
			'**/*.mjs',
		],
	},
	js.configs.recommended,
	...tseslint.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
		},
	},
	{
		// shared/ is pure: it runs in the worker, vitest and Node, so it may not reach for browser or WXT code.
		files: ['shared/**/*.ts'],
		ignores: ['shared/cli/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: ['node:*', 'wxt', 'wxt/*', '#imports', '../extension/*', '../../extension/*'] },
			],
		},
	},
	{
		files: ['extension/**/*.{ts,tsx}'],
		rules: { 'no-restricted-imports': ['error', { patterns: ['node:*', '**/shared/cli/*'] }] },
	},
);
