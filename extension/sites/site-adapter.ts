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
	/**
	 * When the key sends only under a setting the person can change (LinkedIn's "Press Enter to send"): the hint
	 * the site shows beside the box while that setting is on, a plain text or aria-label, or a checked radio or
	 * switch. Without it, the key makes a new line and the send control stays the hook.
	 */
	submitKeyHint?: RegExp;
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

/** The key that sends an editor's draft now, if any: the surface's key, when its setting hint (if any) is on. */
export function submitKeyOf(adapter: SiteAdapter, editor: Element): SubmitKey | undefined {
	const rule = surfaceRuleOf(adapter, editor);
	if (!rule?.submitKey) return undefined;
	return !rule.submitKeyHint || showsHint(editor, rule.submitKeyHint) ? rule.submitKey : undefined;
}

/** Toggles whose state, not their mere presence, says whether a setting is on. */
const TOGGLE =
	'label, [role="radio"], [role="menuitemradio"], [role="menuitemcheckbox"], [role="checkbox"], [role="switch"]';

/**
 * Whether the editor's form (or, outside a form, its nearby container) shows a setting hint: read only on the
 * send key, never per keystroke. A hint on a toggle counts only while the toggle is checked, so a menu listing
 * both "Press Enter to send" and "Click Send" says which one is on; a plain hint must be on screen.
 */
function showsHint(editor: Element, hint: RegExp): boolean {
	const scope = deepClosest(editor, 'form') ?? editor.parentElement?.parentElement?.parentElement;
	if (!scope) return false;
	for (const element of scope.querySelectorAll('*')) {
		if (editor.contains(element) || element.contains(editor) || !namesHint(element, hint)) continue;
		const toggle = element.closest(TOGGLE);
		if (toggle) {
			if (isChecked(toggle)) return true;
		} else if (element.checkVisibility()) return true;
	}
	return false;
}

function namesHint(element: Element, hint: RegExp): boolean {
	if (hint.test(element.getAttribute('aria-label') ?? '')) return true;
	for (const node of element.childNodes) if (node instanceof Text && hint.test(node.data)) return true;
	return false;
}

function isChecked(toggle: Element): boolean {
	if (toggle instanceof HTMLLabelElement)
		return toggle.control instanceof HTMLInputElement && toggle.control.checked;
	return toggle.getAttribute('aria-checked') === 'true';
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
