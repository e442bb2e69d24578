import { render } from 'preact';

import type { CheckResult } from '../messaging/protocol';
import { createShadowHost, placeAtCorner, type ShadowHost } from './shadow-host';
import styles from './warning.css?inline';
import { WarningPanel, type WarningActions } from './warning-panel';

/** The element tests and people find the warning by; it lives outside the site's editor, never inside it. */
export const WARNING_TAG = 'second-look-warning';

export interface WarningHost {
	show: (result: CheckResult, text: string) => void;
	/** Re-places the warning under the editor (after scrolling, resizing or a re-layout). */
	place: () => void;
	hide: () => void;
}

/** Draws the warning for one editor in its own shadow root, pinned to the editor's bottom-right corner. */
export function createWarningHost(editor: Element, actions: WarningActions): WarningHost {
	let shadow: ShadowHost | undefined;
	let controller = new AbortController();
	const place = () => {
		if (shadow) placeAtCorner(shadow.host, editor);
	};
	return {
		show(result, text) {
			if (!shadow) {
				shadow = createShadowHost(WARNING_TAG, 'warning', styles);
				controller = new AbortController();
				const { signal } = controller;
				window.addEventListener('scroll', place, { capture: true, passive: true, signal });
				window.addEventListener('resize', place, { passive: true, signal });
			}
			// Clause ids only: no draft text ever goes into an attribute the page can read.
			shadow.host.dataset.clauses = [...new Set(result.findings.map((f) => f.clause))].join(' ');
			place();
			render(<WarningPanel result={result} text={text} actions={actions} />, shadow.mount);
		},
		place,
		hide() {
			if (!shadow) return;
			render(null, shadow.mount);
			shadow.host.remove();
			shadow = undefined;
			controller.abort();
		},
	};
}
