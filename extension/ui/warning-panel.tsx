import type { CheckResult, ClauseView, FindingView } from '../messaging/protocol';
import { lineManagerMailto } from './line-manager-mailto';

export interface WarningPanelProps {
	result: CheckResult;
	text: string;
}

/** The inline warning: one card per clause raised, quoting the policy and offering to ask the line manager. */
export function WarningPanel({ result, text }: WarningPanelProps) {
	const byClause = groupByClause(result.findings);
	const count = byClause.size;
	return (
		<section class="sl-panel" role="status" aria-live="polite" aria-label="Second Look">
			<header class="sl-header">
				<span class="sl-badge" aria-hidden="true">
					{count}
				</span>
				<strong>Second Look</strong>: {count === 1 ? 'one thing' : `${count} things`} to consider before
				posting
			</header>
			{result.truncated && <p class="sl-note">This draft is very long: only its beginning was checked.</p>}
			<ul class="sl-list">
				{[...byClause].map(([clauseId, findings]) => {
					const clause = result.clauses.find((c) => c.id === clauseId);
					return clause ? (
						<ClauseCard
							key={clauseId}
							clause={clause}
							findings={findings}
							text={text}
							to={result.lineManagerEmail}
						/>
					) : null;
				})}
			</ul>
		</section>
	);
}

function ClauseCard(props: { clause: ClauseView; findings: FindingView[]; text: string; to: string }) {
	const { clause, findings, text, to } = props;
	const words = [...new Set(findings.filter((f) => f.end > f.start).map((f) => text.slice(f.start, f.end)))];
	return (
		<li class="sl-card" data-clause={clause.id}>
			<h2 class="sl-title">{clause.title}</h2>
			<p class="sl-why">{findings[0]?.message}</p>
			{words.length > 0 && (
				<p class="sl-words">
					Flagged:{' '}
					{words.map((w) => (
						<mark key={w}>{w}</mark>
					))}
				</p>
			)}
			<blockquote class="sl-quote">{clause.words}</blockquote>
			<a class="sl-action" href={lineManagerMailto(to, clause)} target="_blank" rel="noopener">
				Ask my line manager
			</a>
		</li>
	);
}

function groupByClause(findings: FindingView[]): Map<string, FindingView[]> {
	const groups = new Map<string, FindingView[]>();
	for (const finding of findings)
		groups.set(finding.clause, [...(groups.get(finding.clause) ?? []), finding]);
	return groups;
}
