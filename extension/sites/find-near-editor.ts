import { sharedDepth } from './deep-closest';
import { controlSelector, isControl, type SubmitControl } from './submit-control';

/** Every element matching a selector in the document and in the open shadow root the editor lives in. */
function candidates(editor: Element, control: SubmitControl): Element[] {
	const selector = controlSelector(control);
	const found = [...document.querySelectorAll(selector)];
	const root = editor.getRootNode();
	if (root instanceof ShadowRoot) found.push(...root.querySelectorAll(selector));
	return found.filter((element) => isControl(element, control));
}

/**
 * The element, of those the selectors match, that sits nearest the editor (deepest shared ancestor). Selectors
 * are tried most specific first; the first that matches anything wins. Re-queried each time: sites replace nodes.
 */
export function findNearEditor(editor: Element, selectors: SubmitControl[]): Element | undefined {
	for (const selector of selectors) {
		let best: Element | undefined;
		let bestDepth = -1;
		for (const element of candidates(editor, selector)) {
			const depth = sharedDepth(editor, element);
			if (depth > bestDepth) [best, bestDepth] = [element, depth];
		}
		if (best) return best;
	}
	return undefined;
}

/** The site's attachment count for an editor: images and videos in the nearest preview container. */
export function countAttachments(editor: Element, previewSelectors: string[]): number {
	const container = findNearEditor(editor, previewSelectors);
	return container ? Math.min(100, container.querySelectorAll('img, video').length) : 0;
}
