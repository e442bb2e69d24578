import { render } from 'preact';

import type { CheckResult } from '../messaging/protocol';
import styles from './warning.css?inline';
import { WarningPanel } from './warning-panel';

/** The element tests and people find the warning by; it lives outside the site's editor, never inside it. */
export const WARNING_TAG = 'second-look-warning';

export interface WarningHost {
	show: (result: CheckResult, text: string) => void;
	hide: () => void;
}

/** Draws the warning for one editor in its own shadow root, placed just below the editor. */
export function createWarningHost(editor: HTMLElement): WarningHost {
	let host: HTMLElement | undefined;
	let root: ShadowRoot | undefined;
	const place = () => {
		if (!host) return;
		const box = editor.getBoundingClientRect();
		const top = Math.min(box.bottom + 6, window.innerHeight - 40);
		// Inline !important beats any page rule, so the page's CSS cannot hide or restyle the warning.
		host.style.cssText = `all: initial !important; position: fixed !important; z-index: 2147483647 !important; display: block !important; top: ${top}px !important; left: ${Math.max(4, box.left)}px !important;`;
	};
	let controller = new AbortController();
	return {
		show(result, text) {
			if (!host) {
				host = document.createElement(WARNING_TAG);
				host.dataset.secondLook = 'warning';
				root = host.attachShadow({ mode: 'open' });
				const style = document.createElement('style');
				style.textContent = styles;
				root.append(style, document.createElement('div'));
				document.documentElement.append(host);
				controller = new AbortController();
				window.addEventListener('scroll', place, { capture: true, passive: true, signal: controller.signal });
				window.addEventListener('resize', place, { passive: true, signal: controller.signal });
			}
			host.dataset.clauses = [...new Set(result.findings.map((f) => f.clause))].join(' ');
			place();
			render(<WarningPanel result={result} text={text} />, root!.lastChild as HTMLElement);
		},
		hide() {
			if (!host) return;
			render(null, root!.lastChild as HTMLElement);
			host.remove();
			host = undefined;
			controller.abort();
		},
	};
}
