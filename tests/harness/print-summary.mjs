// Prints one closing line, "N passed, N failed, N skipped", from the JSON reports of vitest and Playwright.
import { existsSync, readFileSync } from 'node:fs';

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
let passed = 0;
let failed = 0;
let skipped = 0;

const vitest = read('reports/vitest.json');
if (vitest) {
	passed += vitest.numPassedTests;
	failed += vitest.numFailedTests;
	skipped += vitest.numPendingTests + vitest.numTodoTests;
}
const playwright = read('reports/playwright.json');
if (playwright) {
	passed += playwright.stats.expected + playwright.stats.flaky;
	failed += playwright.stats.unexpected;
	skipped += playwright.stats.skipped;
}
if (!vitest || !playwright)
	console.error('Missing report:', !vitest ? 'reports/vitest.json' : 'reports/playwright.json');
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || !vitest || !playwright ? 1 : 0);
