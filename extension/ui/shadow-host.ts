/** A custom element outside the site's editor, holding our UI in its own shadow root with our styles. */
export interface ShadowHost {
	host: HTMLElement;
	mount: HTMLElement;
}

/**
 * Creates a host appended to `<html>` (never inside the site's tree, so no framework re-render touches it).
 * The shadow root is open so tests and assistive technology can reach it; buttons act only on trusted events.
 */
export function createShadowHost(tag: string, role: string, css: string): ShadowHost {
	const host = document.createElement(tag);
	host.dataset.secondLook = role;
	const root = host.attachShadow({ mode: 'open' });
	const style = document.createElement('style');
	style.textContent = css;
	const mount = document.createElement('div');
	root.append(style, mount);
	document.documentElement.append(host);
	return { host, mount };
}

/**
 * Pins the host to the inside bottom-right corner of an element (where Grammarly-style badges sit, clear of
 * the site's send controls, which sit outside the editor), growing up and left. Inline !important beats page CSS.
 */
export function placeAtCorner(host: HTMLElement, anchor: Element): void {
	const box = anchor.getBoundingClientRect();
	const bottom = Math.max(4, Math.min(window.innerHeight - box.bottom + 4, window.innerHeight - 40));
	const right = Math.max(4, window.innerWidth - box.right + 4);
	host.style.cssText = `all: initial !important; position: fixed !important; z-index: 2147483647 !important; display: block !important; bottom: ${bottom}px !important; right: ${right}px !important;`;
}
