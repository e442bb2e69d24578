import { useState } from 'preact/hooks';

import type { CheckResult } from '../messaging/protocol';
import { ClauseCard, type ClauseActions } from './clause-card';
import { groupByClause } from './group-by-clause';
import { trusted } from './trusted';

export interface WarningActions extends ClauseActions {
	/** Hides the warning for this draft. */
	dismiss: () => void;
	/** Puts the caret back in the draft. */
	returnToDraft: () => void;
}

export interface WarningPanelProps {
	result: CheckResult;
	text: string;
	actions: WarningActions;
}

/** The inline warning: a compact badge with the count, opening a panel with one card per clause raised. */
export function WarningPanel({ result, text, actions }: WarningPanelProps) {
	// Starts as a compact badge so it never covers the site's own controls; the panel opens on demand.
	const [open, setOpen] = useState(false);
	const groups = groupByClause(result);
	const count = groups.length;
	const summary = `Second Look: ${count === 1 ? 'one thing' : `${count} things`} to consider before posting`;
	const onKeyDown = (event: KeyboardEvent) => {
		if (event.key !== 'Escape' || !event.isTrusted) return;
		event.stopPropagation();
		setOpen(false);
		actions.returnToDraft();
	};
	return (
		<section class="sl-warning" role="region" aria-label="Second Look" onKeyDown={onKeyDown}>
			<button
				type="button"
				class="sl-badge"
				aria-expanded={open}
				aria-controls="sl-panel"
				aria-label={summary}
				onClick={trusted(() => setOpen(!open))}
			>
				<span aria-hidden="true">⚑ {count}</span>
			</button>
			<p class="sl-live" role="status" aria-live="polite">
				{summary}
			</p>
			{open && (
				<div class="sl-panel" id="sl-panel">
					<header class="sl-header">
						<strong>{summary}</strong>
						<button type="button" class="sl-button sl-quiet" onClick={trusted(actions.dismiss)}>
							Dismiss
						</button>
					</header>
					{result.truncated && (
						<p class="sl-note">This draft is very long: only its beginning was checked.</p>
					)}
					<ul class="sl-list">
						{groups.map(({ clause, findings }) => (
							<ClauseCard
								key={clause.id}
								clause={clause}
								findings={findings}
								text={text}
								to={result.lineManagerEmail}
								actions={actions}
							/>
						))}
					</ul>
				</div>
			)}
		</section>
	);
}
