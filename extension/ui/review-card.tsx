import { useEffect, useRef } from 'preact/hooks';

import type { CheckResult, ClauseView } from '../messaging/protocol';
import { AskLineManager } from './ask-line-manager';
import { flaggedWords } from './clause-card';
import { groupByClause } from './group-by-clause';
import { trusted } from './trusted';

export interface ReviewActions {
	/** Back to the draft, unchanged, caret in the editor. */
	edit: () => void;
	askedLineManager: (clauses: ClauseView[]) => void;
	/** Lets the site's own send go ahead, once. */
	postAnyway: () => void;
}

export interface ReviewCardProps {
	result: CheckResult;
	text: string;
	actions: ReviewActions;
}

/** "Review before posting": the findings, and Edit / Ask my line manager / Post anyway. Never blocks for good. */
export function ReviewCard({ result, text, actions }: ReviewCardProps) {
	const editButton = useRef<HTMLButtonElement>(null);
	useEffect(() => editButton.current?.focus(), []);
	const groups = groupByClause(result);
	const onKeyDown = (event: KeyboardEvent) => {
		if (!event.isTrusted) return;
		if (event.key === 'Escape') {
			event.stopPropagation();
			actions.edit();
		} else if (event.key === 'Tab') keepFocusInside(event);
	};
	return (
		<div
			class="sl-review"
			role="alertdialog"
			aria-modal="false"
			aria-labelledby="sl-review-title"
			aria-describedby="sl-review-list"
			onKeyDown={onKeyDown}
		>
			<h2 id="sl-review-title" class="sl-title">
				Review before posting
			</h2>
			<ul id="sl-review-list" class="sl-list">
				{groups.map(({ clause, findings }) => (
					<li key={clause.id} class="sl-card" data-clause={clause.id}>
						<strong>{clause.title}</strong>
						{flaggedWords(findings, text).map((w) => (
							<mark key={w}>{w}</mark>
						))}
						<p class="sl-why">{findings[0]?.message ?? clause.explanation}</p>
					</li>
				))}
			</ul>
			<div class="sl-actions">
				<button type="button" class="sl-button sl-primary" ref={editButton} onClick={trusted(actions.edit)}>
					Edit
				</button>
				<AskLineManager
					to={result.lineManagerEmail}
					clauses={groups.map((g) => g.clause)}
					draft={text}
					onAsked={() => actions.askedLineManager(groups.map((g) => g.clause))}
				/>
				<button type="button" class="sl-button" onClick={trusted(actions.postAnyway)}>
					Post anyway
				</button>
			</div>
		</div>
	);
}

/** Tab and Shift+Tab cycle through the card's controls while it is open. */
function keepFocusInside(event: KeyboardEvent): void {
	const card = event.currentTarget as HTMLElement;
	const focusable = [...card.querySelectorAll<HTMLElement>('button, a[href], input')];
	const root = card.getRootNode() as ShadowRoot;
	const index = focusable.indexOf(root.activeElement as HTMLElement);
	const next = event.shiftKey ? index - 1 : index + 1;
	if (next < 0 || next >= focusable.length) {
		event.preventDefault();
		focusable.at(next < 0 ? -1 : 0)?.focus();
	}
}
