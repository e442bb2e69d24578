import type { CheckResult, ClauseView, FindingView } from '../messaging/protocol';

/** The findings of a result grouped under their clauses, in the order the clauses first appear. */
export function groupByClause(result: CheckResult): Array<{ clause: ClauseView; findings: FindingView[] }> {
	const groups = new Map<string, FindingView[]>();
	for (const finding of result.findings)
		groups.set(finding.clause, [...(groups.get(finding.clause) ?? []), finding]);
	return [...groups].flatMap(([id, findings]) => {
		const clause = result.clauses.find((c) => c.id === id);
		return clause ? [{ clause, findings }] : [];
	});
}
