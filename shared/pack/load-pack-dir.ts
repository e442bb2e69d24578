import { TermIndex } from '../engine/terms/term-index';
import { parseTerm } from '../engine/terms/parse-term';
import { CLAUSE_IDS } from '../policy/clause-id';
import { indexLexicons } from './index-lexicons';
import { packLexicons } from './pack-lexicons';
import { checkRule, checkTerms } from './check-rule';
import { hintModelFileSchema, type HintModel } from './hint-model-schema';
import { packHintModel } from './pack-hint-model';
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
	lexiconName,
	termList,
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

const TOP_LEVEL = new Set(['pack.yaml', 'school.yaml', 'clauses.yaml', 'renames.yaml', 'hint-model.yaml']);
const LEXICON_FILE = /^lexicons\/([^/]+)\.ya?ml$/;

/** Where one lexicon was written: its entries and how to point at one of them (or the whole list). */
interface LexiconSource {
	entries: readonly string[];
	issueAt(index: number | undefined, code: string, message: string): PackIssue;
}

/**
 * Parses and validates the files of a pack folder (pure: the caller reads them). Top level: pack.yaml,
 * school.yaml, clauses.yaml; every `lexicons/<name>.yaml` is one lexicon (a list of terms, merged into the
 * school's lexicons); every `<clause>/<slug>.yaml` is one rule.
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
	let clausesFile: ParsedFile<Record<string, Clause>> | undefined;
	const clauses = parseTop('clauses.yaml', (f) => (clausesFile = parseYamlFile(f, clausesSchema)));
	for (const id of Object.keys(clauses ?? {}))
		if (!(CLAUSE_IDS as readonly string[]).includes(id))
			issues.push(clausesFile!.issueAt([id], 'E_UNKNOWN_CLAUSE', `"${id}" is not a clause id of CLAUSES.md`));

	const model = parseModel(top('hint-model.yaml'), clauses, issues);

	const lexiconSources = new Map<string, LexiconSource>();
	for (const [name, entries] of Object.entries(school?.lexicons ?? {}))
		lexiconSources.set(name, {
			entries,
			issueAt: (index, code, message) =>
				schoolFile!.issueAt(
					index === undefined ? ['lexicons', name] : ['lexicons', name, index],
					code,
					message,
				),
		});
	for (const file of yamlFiles) {
		const name = LEXICON_FILE.exec(file.path)?.[1];
		if (name === undefined) continue;
		const parsed = parseYamlFile(file, termList);
		issues.push(...parsed.issues);
		if (!lexiconName.safeParse(name).success)
			issues.push(parsed.issueAt([], 'E_SCHEMA', 'lexicon file names: a-z, 0-9, - (lexicons/<name>.yaml)'));
		else if (lexiconSources.has(name))
			issues.push(parsed.issueAt([], 'E_DUPLICATE_LEXICON', `lexicon "${name}" is defined twice`));
		else if (parsed.value)
			lexiconSources.set(name, {
				entries: parsed.value,
				issueAt: (index, code, message) => parsed.issueAt(index === undefined ? [] : [index], code, message),
			});
	}
	const allLexicons = Object.fromEntries(
		[...lexiconSources].map(([name, source]) => [name, [...source.entries]]),
	);
	const lexicons = packLexicons({
		names: school?.names ?? [],
		emailDomain: school?.emailDomain,
		lexicons: allLexicons,
	});
	for (const [id, clause] of Object.entries(clauses ?? {}))
		if (clause.hintUnless && school)
			issues.push(...checkTerms(clausesFile!, [id, 'hintUnless'], clause.hintUnless, lexicons));
	const rules: Rule[] = [];
	for (const file of yamlFiles) {
		if (LEXICON_FILE.test(file.path)) continue;
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
				message: 'rules live in <clause>/<slug>.yaml, lexicons in lexicons/<name>.yaml',
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
	if (school && schoolFile) issues.push(...checkLexicons(lexiconSources, lexicons));
	issues.sort(compareIssues);
	rules.sort((a, b) => (a.id < b.id ? -1 : 1));
	// The built pack carries every lexicon in `school.lexicons`, wherever it was written.
	const pack: RulePack | undefined =
		issues.length === 0 && manifest && school && clauses
			? {
					manifest,
					school: { ...school, lexicons: allLexicons },
					clauses,
					rules,
					...(model ? { model } : {}),
					lexiconIndex: indexLexicons(packLexicons({ ...school, lexicons: allLexicons })),
				}
			: undefined;
	return { pack, issues, sources };
}

/** The optional hint model (hint-model.yaml, written by `rules train`): its clauses must be the pack's. */
function parseModel(
	file: PackFile | undefined,
	clauses: Record<string, Clause> | undefined,
	issues: PackIssue[],
): HintModel | undefined {
	if (!file) return undefined;
	const parsed = parseYamlFile(file, hintModelFileSchema);
	issues.push(...parsed.issues);
	for (const id of Object.keys(parsed.value?.clauses ?? {}))
		if (clauses && !(id in clauses))
			issues.push(
				parsed.issueAt(['clauses', id], 'E_UNKNOWN_CLAUSE', `"${id}" is not a clause of clauses.yaml`),
			);
	// The schema has refused a feature weighted twice, the one thing packing could throw on.
	return parsed.value && packHintModel(parsed.value);
}

function checkLexicons(sources: Map<string, LexiconSource>, lexicons: Record<string, string[]>): PackIssue[] {
	const issues: PackIssue[] = [];
	for (const source of sources.values()) {
		// A lexicon is a set: a term written twice is a slip (often a merge), and hides which line to edit.
		const firstAt = new Map<string, number>();
		source.entries.forEach((entry, index) => {
			const key = entry.trim().toLowerCase();
			const first = firstAt.get(key);
			if (first === undefined) firstAt.set(key, index);
			else
				issues.push(
					source.issueAt(
						index,
						'E_DUPLICATE_TERM',
						`"${entry}" is already entry ${first + 1} of this lexicon`,
					),
				);
			try {
				for (const word of parseTerm(entry))
					if (!Array.isArray(word) && !lexicons[word.lexicon])
						throw new Error(`unknown lexicon "@${word.lexicon}"`);
			} catch (error) {
				const message = (error as Error).message;
				const code = message.startsWith('unknown lexicon') ? 'E_UNKNOWN_LEXICON' : 'E_BAD_TERM';
				issues.push(source.issueAt(index, code, message));
			}
		});
	}
	if (issues.length > 0) return issues;
	const index = new TermIndex(lexicons);
	for (const [name, source] of sources) {
		try {
			index.checkLexicon(name);
		} catch (error) {
			issues.push(source.issueAt(undefined, 'E_LEXICON_CYCLE', (error as Error).message));
		}
	}
	return issues;
}
