import { isNode, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { z } from 'zod';
import type { PackIssue } from './pack-issue';

/** A file of the pack source: its path relative to the pack folder ('/'-separated) and its text. */
export interface PackFile {
	path: string;
	text: string;
}

/** A parsed file: the validated value (if valid), its issues and a way to find the line of any path. */
export interface ParsedFile<T> {
	value: T | undefined;
	issues: PackIssue[];
	/** The issue for a path into the document, located at the deepest node that exists. */
	issueAt(path: readonly PropertyKey[], code: string, message: string): PackIssue;
	/** The line of a path (1-based), or 1. */
	lineOf(path: readonly PropertyKey[]): number;
}

/**
 * Parses YAML text and validates it with a zod schema; every error carries file:line:column, found with
 * the yaml package's LineCounter from the zod issue's path.
 * @example parseYamlFile({ path: 'pack.yaml', text }, manifestSchema)
 */
export function parseYamlFile<S extends z.ZodType>(file: PackFile, schema: S): ParsedFile<z.output<S>> {
	const lineCounter = new LineCounter();
	const doc = parseDocument(file.text, { lineCounter, prettyErrors: false });
	const position = (path: readonly PropertyKey[]) => {
		for (let depth = path.length; depth >= 0; depth--) {
			const node: unknown = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
			if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]);
		}
		return { line: 1, col: 1 };
	};
	const issueAt = (path: readonly PropertyKey[], code: string, message: string): PackIssue => {
		const { line, col } = position(path);
		return { file: file.path, line, column: col, code, message };
	};
	const lineOf = (path: readonly PropertyKey[]) => position(path).line;
	const issues: PackIssue[] = doc.errors.map((error) => {
		const { line, col } = lineCounter.linePos(error.pos[0]);
		return { file: file.path, line, column: col, code: 'E_YAML', message: error.message.split('\n')[0]! };
	});
	issues.push(...hiddenComments(doc, file.text, lineCounter, file.path));
	if (issues.length > 0) return { value: undefined, issues, issueAt, lineOf };
	const result = schema.safeParse(doc.toJS());
	if (result.success) return { value: result.data, issues, issueAt, lineOf };
	for (const issue of result.error.issues) {
		const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
		issues.push(issueAt(issue.path, 'E_SCHEMA', `${where}${issue.message}`));
	}
	return { value: undefined, issues, issueAt, lineOf };
}

/**
 * Unquoted values cut short by a " #" that YAML takes for a comment: `- year #s` is the term "year", and
 * `- text: Off to the lakes #halfterm` loses its hashtag. A comment written on purpose has a space after
 * the `#`; one glued to a word or ending the line is almost always part of the value.
 */
function hiddenComments(doc: Document, text: string, lines: LineCounter, file: string): PackIssue[] {
	const issues: PackIssue[] = [];
	visit(doc, {
		Scalar(_, node) {
			if (node.type !== 'PLAIN' || !node.range) return;
			const end = node.range[1];
			const lineEnd = text.indexOf('\n', end);
			const rest = text.slice(end, lineEnd < 0 ? text.length : lineEnd);
			if (!/^[ \t]+#(?:\S|[ \t]*$)/.test(rest)) return;
			const { line, col } = lines.linePos(node.range[0]);
			issues.push({
				file,
				line,
				column: col,
				code: 'E_YAML_COMMENT',
				message: `"${String(node.source)}${rest.trimEnd()}" is cut at " #" (YAML reads the rest as a comment): quote it`,
			});
		},
	});
	return issues;
}
