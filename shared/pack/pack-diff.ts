import { canonicalJson } from './canonical-json';
import { compareVersions } from './compare-versions';
import { diffHintModels } from './hint-model-diff';
import type { RulePack } from './schema';

type Json = Record<string, unknown>;

/**
 * What changed between two packs, in words a person can review before signing: version, clauses and rules added,
 * removed or changed, with each term list's terms added and removed. One line per change, in a stable order.
 * @example diffPacks(oldPack, newPack).join('\n')
 */
export function diffPacks(before: RulePack, after: RulePack): string[] {
	const lines: string[] = [];
	const order = compareVersions(after.manifest.version, before.manifest.version);
	const verdict = order > 0 ? 'newer' : 'NOT newer: installed extensions will refuse it';
	lines.push(`Version: ${before.manifest.version} → ${after.manifest.version} (${verdict})`);
	if (before.manifest.id !== after.manifest.id) {
		lines.push(`Pack id changed: ${before.manifest.id} → ${after.manifest.id}`);
	}
	const [publishedBefore, publishedAfter] = [before.manifest.publishedAt, after.manifest.publishedAt];
	if (publishedBefore !== publishedAfter)
		lines.push(`Published: ${show(publishedBefore)} → ${show(publishedAfter)}`);
	lines.push(...diffFields('Manifest', before.manifest, after.manifest, ['version', 'id', 'publishedAt']));
	lines.push(
		...diffRecords('Clause', before.clauses, after.clauses, (clause) => `“${String(clause.title)}”`),
	);
	lines.push(...diffSchool(before.school, after.school));
	const rulesBefore = Object.fromEntries(before.rules.map((rule) => [rule.id, rule as Json]));
	const rulesAfter = Object.fromEntries(after.rules.map((rule) => [rule.id, rule as Json]));
	lines.push(
		...diffRecords('Rule', rulesBefore, rulesAfter, (rule) =>
			[`(${String(rule.kind)}, clause ${String(rule.clause)})`, ...describeTerms(rule)].join(' '),
		),
	);
	lines.push(...diffHintModels(before.model, after.model));
	if (lines.length === 1) lines.push('No change to the clauses, school context, rules or hint model.');
	return lines;
}

function diffRecords(
	label: string,
	before: Record<string, unknown>,
	after: Record<string, unknown>,
	describe: (item: Json) => string,
): string[] {
	const lines: string[] = [];
	for (const id of Object.keys(after).sort()) {
		if (!(id in before)) lines.push(`${label} added: ${id} ${describe(after[id] as Json)}`);
	}
	for (const id of Object.keys(before).sort()) {
		if (!(id in after)) lines.push(`${label} removed: ${id} ${describe(before[id] as Json)}`);
	}
	for (const id of Object.keys(after).sort()) {
		if (id in before) lines.push(...diffFields(`${label} ${id}`, before[id] as Json, after[id] as Json));
	}
	return lines;
}

function diffSchool(before: Json, after: Json): string[] {
	const lexiconsBefore = (before.lexicons ?? {}) as Record<string, unknown>;
	const lexiconsAfter = (after.lexicons ?? {}) as Record<string, unknown>;
	const lines = diffFields('School', before, after, ['lexicons']);
	for (const name of Object.keys(lexiconsAfter).sort()) {
		if (!(name in lexiconsBefore)) lines.push(`Lexicon added: @${name} ${quoteList(lexiconsAfter[name])}`);
	}
	for (const name of Object.keys(lexiconsBefore).sort()) {
		if (!(name in lexiconsAfter)) lines.push(`Lexicon removed: @${name}`);
	}
	for (const name of Object.keys(lexiconsAfter).sort()) {
		if (name in lexiconsBefore) {
			lines.push(
				...diffFields(
					'Lexicon',
					{ [`@${name}`]: lexiconsBefore[name] },
					{ [`@${name}`]: lexiconsAfter[name] },
				),
			);
		}
	}
	return lines;
}

/** One line per changed field; string lists report the items added and removed. */
function diffFields(label: string, before: Json, after: Json, skip: string[] = []): string[] {
	const lines: string[] = [];
	const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
		(key) => !skip.includes(key),
	);
	for (const key of keys.sort()) {
		const [a, b] = [before[key], after[key]];
		if (canonicalJson(a ?? null) === canonicalJson(b ?? null)) continue;
		if (isStringList(a ?? []) && isStringList(b ?? [])) {
			const [listA, listB] = [(a ?? []) as string[], (b ?? []) as string[]];
			const added = listB.filter((item) => !listA.includes(item));
			const removed = listA.filter((item) => !listB.includes(item));
			const parts = [
				added.length > 0 ? `added ${quoteList(added)}` : '',
				removed.length > 0 ? `removed ${quoteList(removed)}` : '',
			].filter(Boolean);
			lines.push(`${label}: ${key} ${parts.join('; ') || 'reordered'}`);
		} else {
			lines.push(`${label}: ${key} changed from ${show(a)} to ${show(b)}`);
		}
	}
	return lines;
}

function describeTerms(rule: Json): string[] {
	return ['terms', 'targets', 'trigger', 'unless', 'detect', 'pattern', 'all', 'any']
		.filter((key) => rule[key] !== undefined)
		.map((key) => `${key} ${isStringList(rule[key]) ? quoteList(rule[key]) : show(rule[key])}`);
}

function isStringList(value: unknown): value is string[] {
	return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function quoteList(value: unknown): string {
	return isStringList(value) ? value.map((item) => `“${item}”`).join(', ') : show(value);
}

function show(value: unknown): string {
	if (value === undefined) return '(none)';
	const text = typeof value === 'string' ? `“${value}”` : canonicalJson(value);
	return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}
