import { render } from 'preact';

import type { CheckResult } from '../messaging/protocol';
import { ReviewCard, type ReviewActions } from './review-card';
import { createShadowHost, type ShadowHost } from './shadow-host';
import styles from './warning.css?inline';

/** The send-time card's element; its `data-second-look="review"` is what tests find it by. */
export const REVIEW_TAG = 'second-look-review';

let shown: ShadowHost | undefined;

/** Shows the one "Review before posting" card (replacing any other), centred near the top of the window. */
export function showReview(result: CheckResult, text: string, actions: ReviewActions): void {
	hideReview();
	shown = createShadowHost(REVIEW_TAG, 'review', styles);
	shown.host.dataset.clauses = [...new Set(result.findings.map((f) => f.clause))].join(' ');
	shown.host.style.cssText =
		'all: initial !important; position: fixed !important; z-index: 2147483647 !important; display: block !important; top: 15vh !important; left: 50% !important; transform: translateX(-50%) !important;';
	render(<ReviewCard result={result} text={text} actions={actions} />, shown.mount);
}

export function hideReview(): void {
	if (!shown) return;
	render(null, shown.mount);
	shown.host.remove();
	shown = undefined;
}

export function isReviewShown(): boolean {
	return shown !== undefined;
}
