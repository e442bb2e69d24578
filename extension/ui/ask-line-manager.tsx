import { useState } from 'preact/hooks';

import type { ClauseView } from '../messaging/protocol';
import { lineManagerMailto } from './line-manager-mailto';
import { trusted } from './trusted';

export interface AskLineManagerProps {
	to: string;
	clauses: ClauseView[];
	draft: string;
	onAsked: () => void;
}

/** "Ask my line manager": an e-mail the person writes and sends themselves; the draft only if they tick the box. */
export function AskLineManager({ to, clauses, draft, onAsked }: AskLineManagerProps) {
	const [includeDraft, setIncludeDraft] = useState(false);
	return (
		<span class="sl-ask">
			<a
				class="sl-button"
				href={lineManagerMailto(to, clauses, includeDraft ? draft : undefined)}
				target="_blank"
				rel="noopener"
				onClick={trusted(onAsked)}
			>
				Ask my line manager
			</a>
			<label class="sl-include">
				<input
					type="checkbox"
					checked={includeDraft}
					onChange={(event) => setIncludeDraft(event.currentTarget.checked)}
				/>{' '}
				include my draft
			</label>
		</span>
	);
}
