import { isHintRule } from '../../shared/engine/hint-model/hint-rule';
import type { ClauseView, FindingView } from '../messaging/protocol';
import { AskLineManager } from './ask-line-manager';
import { trusted } from './trusted';

/** What the person can do about a clause's flags; the compose layer records and carries each out. */
export interface ClauseActions {
	readClause: (clause: ClauseView) => void;
	markWrong: (findings: FindingView[]) => void;
	askedLineManager: (clauses: ClauseView[]) => void;
}

export interface ClauseCardProps {
	clause: ClauseView;
	findings: FindingView[];
	text: string;
	to: string;
	actions: ClauseActions;
}

/** The flagged words of a clause, as they appear in the draft. */
export function flaggedWords(findings: FindingView[], text: string): string[] {
	return [...new Set(findings.filter((f) => f.end > f.start).map((f) => text.slice(f.start, f.end)))];
}

/** One clause raised by the draft: its title, the flagged words, why, the policy's exact words and the actions. */
export function ClauseCard({ clause, findings, text, to, actions }: ClauseCardProps) {
	const words = flaggedWords(findings, text);
	// A hint is the wording as a whole: its words are what weighed most, not a phrase the policy names.
	const hinted = findings.every((f) => isHintRule(f.rule));
	const titleId = `sl-clause-${clause.id}`;
	return (
		<li class="sl-card" data-clause={clause.id} aria-labelledby={titleId}>
			<h2 class="sl-title" id={titleId}>
				{clause.title}
			</h2>
			{words.length > 0 && (
				<p class="sl-words">
					{hinted ? 'Weighed most:' : 'Flagged:'}{' '}
					{words.map((w) => (
						<mark key={w}>{w}</mark>
					))}
				</p>
			)}
			<p class="sl-why">{findings[0]?.message ?? clause.explanation}</p>
			<details class="sl-details">
				<summary>The policy's words</summary>
				<blockquote class="sl-quote">{clause.words}</blockquote>
				{clause.explanation && <p class="sl-explain">{clause.explanation}</p>}
			</details>
			<div class="sl-actions">
				<AskLineManager
					to={to}
					clauses={[clause]}
					draft={text}
					onAsked={() => actions.askedLineManager([clause])}
				/>
				<button type="button" class="sl-button" onClick={trusted(() => actions.readClause(clause))}>
					Read the clause
				</button>
				<button type="button" class="sl-button sl-quiet" onClick={trusted(() => actions.markWrong(findings))}>
					This flag is wrong
				</button>
			</div>
		</li>
	);
}
