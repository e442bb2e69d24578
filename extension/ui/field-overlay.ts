import { createShadowHost, type ShadowHost } from './shadow-host';

/** A form field: DOM Ranges cannot reach its text, so its flagged words are drawn on a mirror laid over it. */
export type FormField = HTMLTextAreaElement | HTMLInputElement;

export interface FieldOverlay {
	/** Marks `spans` (offsets into `text`, the value they were found in); no spans removes the overlay. */
	show: (text: string, spans: { start: number; end: number }[]) => void;
	/** Re-places the mirror over the field (after scrolling, resizing or a re-layout). */
	place: () => void;
	hide: () => void;
}

export const FIELD_OVERLAY_TAG = 'second-look-field-highlight';

const CSS_TEXT = `
.mirror { color: transparent !important; overflow: hidden; margin: 0; border-style: solid; border-color: transparent; pointer-events: none; user-select: none; }
mark { color: transparent; background-color: rgb(255 200 0 / 0.35); text-decoration: underline wavy #b35c00; border-radius: 0; padding: 0; margin: 0; }
`;

/** Text metrics copied from the field, so each character of the mirror lands where the field draws it. */
const COPIED = [
	'font-family',
	'font-size',
	'font-style',
	'font-variant',
	'font-weight',
	'font-stretch',
	'font-feature-settings',
	'font-kerning',
	'letter-spacing',
	'word-spacing',
	'line-height',
	'text-align',
	'text-indent',
	'text-transform',
	'tab-size',
	'direction',
	'word-wrap',
	'overflow-wrap',
	'word-break',
	'padding-top',
	'padding-right',
	'padding-bottom',
	'padding-left',
	'border-top-width',
	'border-right-width',
	'border-bottom-width',
	'border-left-width',
] as const;

/**
 * Draws the flagged words of a textarea or input on a mirror outside the site's tree: a host appended to
 * `<html>`, fixed over the field, ignoring the pointer, holding a copy of the field's text (all transparent)
 * with each flagged span in a `<mark>`. The field itself, its value and its children are never touched.
 */
export function createFieldOverlay(field: FormField): FieldOverlay {
	let shadow: ShadowHost | undefined;
	let mirror: HTMLDivElement | undefined;
	let shownText = '';
	let controller = new AbortController();

	const place = () => {
		if (!shadow || !mirror) return;
		const box = field.getBoundingClientRect();
		shadow.host.style.cssText =
			'all: initial !important; position: fixed !important; z-index: 2147483646 !important; ' +
			'pointer-events: none !important; display: block !important; overflow: hidden !important; ' +
			`left: ${box.left}px !important; top: ${box.top}px !important; ` +
			`width: ${box.width}px !important; height: ${box.height}px !important;`;
		copyMetrics(field, mirror, box);
		mirror.scrollTop = field.scrollTop;
		mirror.scrollLeft = field.scrollLeft;
	};

	const hide = () => {
		if (!shadow) return;
		shadow.host.remove();
		shadow = undefined;
		mirror = undefined;
		controller.abort();
	};

	return {
		show(text, spans) {
			if (spans.length === 0 || field.value !== text) {
				hide();
				return;
			}
			if (!shadow) {
				shadow = createShadowHost(FIELD_OVERLAY_TAG, 'field-highlight', CSS_TEXT);
				shadow.host.setAttribute('aria-hidden', 'true');
				mirror = document.createElement('div');
				mirror.className = 'mirror';
				shadow.mount.append(mirror);
				controller = new AbortController();
				const { signal } = controller;
				// Capture also hears the field's own scrolling (scroll events do not bubble).
				window.addEventListener('scroll', place, { capture: true, passive: true, signal });
				window.addEventListener('resize', place, { passive: true, signal });
				// Once the value moves on, the marks' offsets are stale: drop them until the next answer.
				field.addEventListener('input', () => field.value !== shownText && hide(), { signal });
			}
			shownText = text;
			mirror!.replaceChildren(...markedText(text, spans));
			place();
		},
		place,
		hide,
	};
}

/** The text as nodes, each flagged span (sorted, overlaps merged) in a `<mark>`; never parsed as HTML. */
function markedText(text: string, spans: { start: number; end: number }[]): Node[] {
	const nodes: Node[] = [];
	let at = 0;
	for (const { start, end } of [...spans].sort((a, b) => a.start - b.start)) {
		const from = Math.max(start, at);
		const to = Math.min(end, text.length);
		if (to <= from) continue;
		if (from > at) nodes.push(document.createTextNode(text.slice(at, from)));
		const mark = document.createElement('mark');
		mark.textContent = text.slice(from, to);
		nodes.push(mark);
		at = to;
	}
	// A trailing new line in a textarea opens one more line; a space keeps it open in the mirror too.
	nodes.push(document.createTextNode(text.slice(at) + (text.endsWith('\n') ? ' ' : '')));
	return nodes;
}

function copyMetrics(field: FormField, mirror: HTMLDivElement, box: DOMRect): void {
	const style = getComputedStyle(field);
	const target = mirror.style;
	for (const property of COPIED) target.setProperty(property, style.getPropertyValue(property));
	const textarea = field instanceof HTMLTextAreaElement;
	target.setProperty('box-sizing', 'border-box');
	target.setProperty('width', `${box.width}px`);
	target.setProperty('height', `${box.height}px`);
	target.setProperty('white-space', textarea ? 'pre-wrap' : 'pre');
	// A field's scrollbar narrows its text; the mirror has none, so it pads by the same width.
	const borders = parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth);
	const scrollbar = Math.max(0, field.offsetWidth - field.clientWidth - borders);
	if (scrollbar > 0) target.setProperty('padding-right', `${parseFloat(style.paddingRight) + scrollbar}px`);
	if (!textarea) {
		// An input centres its one line vertically in its content box.
		const content = field.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
		target.setProperty('line-height', `${Math.max(0, content)}px`);
	}
}
