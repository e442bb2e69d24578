/** A located problem in a pack source file, printed Vale-style as `file:line:column:code:message`. */
export interface PackIssue {
	file: string;
	line: number;
	column: number;
	code: string;
	message: string;
}

/** One line for an issue. @example formatIssue(issue) === 'offensive/x.yaml:3:8:E_UNKNOWN_CLAUSE:…' */
export function formatIssue(issue: PackIssue): string {
	return `${issue.file}:${issue.line}:${issue.column}:${issue.code}:${issue.message}`;
}

/** Sorts issues by file, line and column for stable output. */
export function compareIssues(a: PackIssue, b: PackIssue): number {
	return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
}
