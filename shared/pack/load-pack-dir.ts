import { TermIndex } from '../engine/terms/term-index';
import { parseTerm } from '../engine/terms/parse-term';
import { CLAUSE_IDS } from '../policy/clause-id';
import { packLexicons } from './pack-lexicons';
import { checkRule } from './check-rule';
import { compareIssues, type PackIssue } from './pack-issue';
import { parseYamlFile, type PackFile, type ParsedFile } from './parse-yaml-file';
import {
	clausesSchema,
	manifestSchema,
	ruleSchema,
	schoolSchema,
	type Clause,
	type Rule,
	type RulePack,
	type School,
} from './schema';

/** Where a rule came from: its file and the line of each example (for `test` output). */
export interface RuleSource {
	file: string;
	exampleLines: { flag: number[]; allow: number[] };
}

/** The result of loading a pack folder: the pack when there were no issues, the issues, and sources. */
export interface LoadedPack {
	pack: RulePack | undefined;
	issues: PackIssue[];
	sources: Map<string, RuleSource>;
}

const TOP_LEVEL = new Set(['pack.yaml', 'school.yaml', 'clauses.yaml', 'renames.yaml']);

/**
 * Parses and validates the files of a pack folder (pure: the caller reads them). Top level: pack.yaml,
 * school.yaml, clauses.yaml; every `<clause>/<slug>.yaml` is one rule. Other files are ignored.
 * @example loadPackDir([{ path: 'pack.yaml', text }, …]).issues
 */
export function loadPackDir(files: readonly PackFile[]): LoadedPack {
	const issues: PackIssue[] = [];
	const sources = new Map<string, RuleSource>();
	const yamlFiles = files.filter((f) => /\.ya?ml$/.test(f.path)).sort((a, b) => (a.path < b.path ? -1 : 1));
	const top = (name: string) => yamlFiles.find((f) => f.path === name);
	const parseTop = <T>(name: string, parse: (file: PackFile) => ParsedFile<T>): T | undefined => {
		const file = top(name);
		if (!file) {
			issues.push({ file: name, line: 1, column: 1, code: 'E_MISSING_FILE', message: `${name} is missing` });
			return undefined;
		}
		const parsed = parse(file);
		issues.push(...parsed.issues);
		return parsed.value;
	};
	const manifest = parseTop('pack.yaml', (f) => parseYamlFile(f, manifestSchema));
	let schoolFile: ParsedFile<School> | undefined;
	const school = parseTop('school.yaml', (f) => (schoolFile = parseYamlFile(f, schoolSchema)));
	let clauses: Record<string, Clause> | undefined;
	const clausesFile = top('clauses.yaml');
	if (clausesFile) {
		const parsed = parseYamlFile(clausesFile, clausesSchema);
		issues.push(...parsed.issues);
		clauses = parsed.value;
		for (const id of Object.keys(clauses ?? {}))
			if (!(CLAUSE_IDS as readonly string[]).includes(id))
				issues.push(parsed.issueAt([id], 'E_UNKNOWN_CLAUSE', `"${id}" is not a clause id of CLAUSES.md`));
	} else parseTop('clauses.yaml', () => ({ value: undefined, issues: [] }) as never);

	const lexicons = packLexicons(school ?? { names: [], lexicons: {} });
	const rules: Rule[] = [];
	for (const file of yamlFiles) {
		if (!file.path.includes('/')) {
			if (!TOP_LEVEL.has(file.path))
				issues.push({
					file: file.path,
					line: 1,
					column: 1,
					code: 'E_UNKNOWN_FILE',
					message: 'rules live in <clause>/<slug>.yaml',
				});
			continue;
		}
		if (file.path.split('/').length !== 2) {
			issues.push({
				file: file.path,
				line: 1,
				column: 1,
				code: 'E_UNKNOWN_FILE',
				message: 'rules live in <clause>/<slug>.yaml',
			});
			continue;
		}
		const parsed = parseYamlFile(file, ruleSchema);
		issues.push(...parsed.issues);
		const rule = parsed.value;
		if (!rule) continue;
		if (clauses && school) issues.push(...checkRule(parsed, rule, file.path, clauses, lexicons));
		if (sources.has(rule.id))
			issues.push(parsed.issueAt(['id'], 'E_DUPLICATE_ID', `rule id "${rule.id}" is used twice`));
		const lines = (kind: 'flag' | 'allow') =>
			rule.examples[kind].map((_, i) => parsed.lineOf(['examples', kind, i]));
		sources.set(rule.id, { file: file.path, exampleLines: { flag: lines('flag'), allow: lines('allow') } });
		rules.push(rule);
	}
	if (school && schoolFile) issues.push(...checkLexicons(schoolFile, lexicons));
	issues.sort(compareIssues);
	rules.sort((a, b) => (a.id < b.id ? -1 : 1));
	const pack: RulePack | undefined =
		issues.length === 0 && manifest && school && clauses ? { manifest, school, clauses, rules } : undefined;
	return { pack, issues, sources };
}

function checkLexicons(file: ParsedFile<School>, lexicons: Record<string, string[]>): PackIssue[] {
	const issues: PackIssue[] = [];
	for (const [name, entries] of Object.entries(file.value?.lexicons ?? {})) {
		entries.forEach((entry, index) => {
			try {
				for (const word of parseTerm(entry))
					if (!Array.isArray(word) && !lexicons[word.lexicon])
						throw new Error(`unknown lexicon "@${word.lexicon}"`);
			} catch (error) {
				const message = (error as Error).message;
				const code = message.startsWith('unknown lexicon') ? 'E_UNKNOWN_LEXICON' : 'E_BAD_TERM';
				issues.push(file.issueAt(['lexicons', name, index], code, message));
			}
		});
	}
	if (issues.length > 0) return issues;
	const index = new TermIndex(lexicons);
	for (const name of Object.keys(lexicons)) {
		try {
			index.checkLexicon(name);
		} catch (error) {
			issues.push(file.issueAt(['lexicons', name], 'E_LEXICON_CYCLE', (error as Error).message));
		}
	}
	return issues;
}
