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

/** Below this much room above the corner, the panel opens downwards instead, so it never leaves the window. */
const MIN_ROOM_ABOVE = 320;

/**
 * Pins the host to the inside bottom-right corner of an element (where Grammarly-style badges sit, clear of
 * the site's send controls, which sit outside the editor), growing up and left — or down when the box sits
 * near the top of the window. `--sl-room` tells the panel how tall it may be. Inline !important beats page CSS.
 */
export function placeAtCorner(host: HTMLElement, anchor: Element): void {
	const box = anchor.getBoundingClientRect();
	const right = Math.max(4, window.innerWidth - box.right + 4);
	const fixed = `all: initial !important; position: fixed !important; z-index: 2147483647 !important; display: block !important; right: ${right}px !important;`;
	const cornerTop = Math.max(4, Math.min(box.bottom - 34, window.innerHeight - 40));
	if (cornerTop >= MIN_ROOM_ABOVE) {
		const bottom = window.innerHeight - cornerTop - 30;
		host.dataset.grow = 'up';
		host.style.cssText = `${fixed} bottom: ${bottom}px !important; --sl-room: ${cornerTop}px !important;`;
	} else {
		host.dataset.grow = 'down';
		host.style.cssText = `${fixed} top: ${cornerTop}px !important; --sl-room: ${window.innerHeight - cornerTop - 40}px !important;`;
	}
}
