/** The name of our one highlight; the page's stylesheet gets a `::highlight(second-look)` rule and nothing else. */
export const HIGHLIGHT_NAME = 'second-look';

const RULE = `::highlight(${HIGHLIGHT_NAME}) { background-color: rgb(255 200 0 / 0.35); text-decoration: underline wavy #b35c00; }`;
const ranges = new Map<object, Range[]>();
const styledRoots = new WeakSet<Document | ShadowRoot>();

/** Whether this browser can mark text without touching the editor's DOM (CSS Custom Highlight API). */
export function canHighlight(): boolean {
	return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/**
 * Marks the flagged words of one editor (replacing its previous marks) with the CSS Custom Highlight API: the
 * ranges live in a registry, the editor's DOM is never touched. The `::highlight` rule must be in a
 * stylesheet of the tree the text is in: one `<style>` in `document.head`, or an adopted sheet in a shadow root.
 */
export function setHighlights(owner: object, editor: Element, found: Range[]): void {
	if (!canHighlight()) return;
	if (found.length > 0) {
		ensureStyle(editor.getRootNode());
		ranges.set(owner, found);
	} else ranges.delete(owner);
	const all = [...ranges.values()].flat();
	if (all.length > 0) CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(...all));
	else CSS.highlights.delete(HIGHLIGHT_NAME);
}

function ensureStyle(root: Node): void {
	if (root instanceof ShadowRoot) {
		if (styledRoots.has(root)) return;
		try {
			const sheet = new CSSStyleSheet();
			sheet.replaceSync(RULE);
			root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
			styledRoots.add(root);
		} catch {
			// A site's shadow root that refuses our sheet just shows no marks; the warning still lists the words.
		}
		return;
	}
	if (styledRoots.has(document)) return;
	const style = document.createElement('style');
	style.dataset.secondLook = 'highlight';
	style.textContent = RULE;
	(document.head ?? document.documentElement).append(style);
	styledRoots.add(document);
}
