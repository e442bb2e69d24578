import type { z } from 'zod';

import type { PlatformSchema, SurfaceSchema } from '../messaging/protocol';
import { deepClosest } from './deep-closest';
import type { SubmitControl } from './submit-control';

export type Surface = z.infer<typeof SurfaceSchema>;
export type Platform = z.infer<typeof PlatformSchema>;

/** The key that sends a draft from inside an editor: bare Enter, or Ctrl/Cmd+Enter. */
export type SubmitKey = 'Enter' | 'Mod+Enter';

/** One kind of compose box on a site. */
export interface SurfaceRule {
	surface: Surface;
	/** Selectors matching the editor or one of its ancestors (across shadow roots); first match wins. */
	selectors: string[];
	/** The key that sends from this box, when the site sends on a key; Enter then no longer makes a new line. */
	submitKey?: SubmitKey;
}

/** What Second Look knows about one site's compose boxes: selectors as data, most specific first. */
export interface SiteAdapter {
	id: Platform;
	/** Host names (and their subdomains) the adapter serves. */
	hosts: string[];
	/** Surfaces in order: the first rule with a matching selector classifies the editor. */
	surfaces: SurfaceRule[];
	/** The surface of a box no selector matches (the fallback: any editable box the person types into). */
	fallbackSurface: Surface;
	/** The site's own send controls; the one nearest the editor is the one that sends its draft. */
	submitControls: SubmitControl[];
	/** Attachment preview containers: each `img`/`video` inside the one nearest the editor is an attachment. */
	attachmentPreviews: string[];
}

/** Declares a site adapter; a function so the shape is checked where it is written. */
export function defineSiteAdapter(adapter: SiteAdapter): SiteAdapter {
	return adapter;
}

/** The rule that classifies an editor, or undefined when only the fallback applies. */
export function surfaceRuleOf(adapter: SiteAdapter, editor: Element): SurfaceRule | undefined {
	return adapter.surfaces.find(({ selectors }) => selectors.some((s) => deepClosest(editor, s)));
}

/** Finds which surface an editor belongs to, by the adapter's selectors. */
export function classifySurface(adapter: SiteAdapter, editor: Element): Surface {
	if (isEmailField(editor)) return 'email-field';
	return surfaceRuleOf(adapter, editor)?.surface ?? adapter.fallbackSurface;
}

function isEmailField(editor: Element): boolean {
	if (!(editor instanceof HTMLInputElement)) return false;
	return editor.type === 'email' || editor.autocomplete === 'email' || /e-?mail/i.test(editor.name);
}
