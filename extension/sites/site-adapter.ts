import type { z } from 'zod';

import type { PlatformSchema, SurfaceSchema } from '../messaging/protocol';

export type Surface = z.infer<typeof SurfaceSchema>;
export type Platform = z.infer<typeof PlatformSchema>;

/** What Second Look knows about one site's compose boxes: selectors as data, most specific first. */
export interface SiteAdapter {
	id: Exclude<Platform, 'practice'>;
	/** Host names (and their subdomains) the adapter serves. */
	hosts: string[];
	/** For each surface, selectors matching the editor or one of its ancestors; first match wins. */
	surfaces: Array<{ surface: Surface; selectors: string[] }>;
	/** The surface of a box no selector matches (the fallback: any editable box the person types into). */
	fallbackSurface: Surface;
}

/** Declares a site adapter; a function so the shape is checked where it is written. */
export function defineSiteAdapter(adapter: SiteAdapter): SiteAdapter {
	return adapter;
}

/** Finds which surface an editor belongs to, by the adapter's selectors. */
export function classifySurface(adapter: SiteAdapter, editor: Element): Surface {
	if (editor instanceof HTMLInputElement && editor.type === 'email') return 'email-field';
	for (const { surface, selectors } of adapter.surfaces) {
		if (selectors.some((selector) => editor.closest(selector) ?? deepClosest(editor, selector)))
			return surface;
	}
	return adapter.fallbackSurface;
}

/** `closest` that climbs out of shadow roots, for editors mounted inside a site's web components. */
function deepClosest(element: Element, selector: string): Element | null {
	let node: Element | null = element;
	while (node) {
		const found = node.closest(selector);
		if (found) return found;
		const root = node.getRootNode();
		node = root instanceof ShadowRoot ? root.host : null;
	}
	return null;
}
