// `npx tsx tests/rules/corpus-diff.ts --base DIR [--rules-only] FILE…`: what a change to rules/ does to labelled
// corpora, draft by draft, against the pack in DIR (e.g. `git worktree add /tmp/base HEAD` before editing, then
// `--base /tmp/base/rules`). Lists each draft whose clauses changed (gained, lost, false alarms gone or new), then
// totals. Exits 1 when a right clause is lost or a clean draft is newly flagged: the bar every tuning change is held
// to. `--rules-only` leaves the hint model's findings out (it is retrained after the rules, not tuned by hand).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { checkCorpus, readCorpus } from '../../shared/cli/read-corpus';
import { compilePack, type Engine } from '../../shared/engine/create-engine';
import type { Finding } from '../../shared/engine/finding';
import { isHintRule } from '../../shared/engine/hint-model/hint-rule';
import { loadValidPack } from '../harness/load-valid-pack';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { base: { type: 'string' }, 'rules-only': { type: 'boolean', default: false } },
});
if (!values.base || positionals.length === 0)
	throw new Error('usage: npx tsx tests/rules/corpus-diff.ts --base RULES_DIR [--rules-only] CORPUS.jsonl…');

async function engineFrom(dir?: string): Promise<Engine> {
	return compilePack(await loadValidPack(dir));
}
const [base, current] = await Promise.all([engineFrom(values.base), engineFrom()]);
const keep = values['rules-only'] ? (f: Finding) => !isHintRule(f.rule) : undefined;

const totals = { gained: 0, lost: 0, falseGone: 0, falseNew: 0, cleanNewlyFlagged: 0 };
const minus = (a: Set<string>, b: Set<string>) => [...a].filter((c) => !b.has(c));
for (const file of positionals) {
	const drafts = readCorpus(await readFile(file, 'utf8'));
	const [was, now] = [checkCorpus(base, drafts, keep), checkCorpus(current, drafts, keep)];
	drafts.forEach((draft, i) => {
		const [before, after] = [new Set(was[i]!.found), new Set(now[i]!.found)];
		const expected = new Set(draft.expect);
		const added = minus(after, before);
		const removed = minus(before, after);
		if (added.length === 0 && removed.length === 0) return;
		const change = {
			gained: added.filter((c) => expected.has(c)),
			lost: removed.filter((c) => expected.has(c)),
			falseGone: removed.filter((c) => !expected.has(c)),
			falseNew: added.filter((c) => !expected.has(c)),
		};
		for (const key of ['gained', 'lost', 'falseGone', 'falseNew'] as const) totals[key] += change[key].length;
		if (expected.size === 0 && before.size === 0) totals.cleanNewlyFlagged++;
		const parts = Object.entries(change)
			.filter(([, list]) => list.length > 0)
			.map(([key, list]) => `${key} ${list.join(', ')}`);
		console.log(
			`${path.basename(file)} ${draft.id} [${draft.expect.join(', ') || 'clean'}] ${parts.join('; ')}`,
		);
		console.log(`  ${JSON.stringify(draft.text.length > 160 ? `${draft.text.slice(0, 159)}…` : draft.text)}`);
	});
}
console.log(
	`\ngained ${totals.gained}, lost ${totals.lost}, false alarms gone ${totals.falseGone}, new ${totals.falseNew} (clean drafts newly flagged: ${totals.cleanNewlyFlagged})`,
);
if (totals.lost > 0 || totals.cleanNewlyFlagged > 0) process.exitCode = 1;
