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

/** Fixed position under (or, near the bottom of the window, over) an element; inline !important beats page CSS. */
export function placeBelow(host: HTMLElement, anchor: Element): void {
	const box = anchor.getBoundingClientRect();
	const top = Math.max(4, Math.min(box.bottom + 6, window.innerHeight - 48));
	const left = Math.max(4, Math.min(box.left, window.innerWidth - 320));
	host.style.cssText = `all: initial !important; position: fixed !important; z-index: 2147483647 !important; display: block !important; top: ${top}px !important; left: ${left}px !important;`;
}
