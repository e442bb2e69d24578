import type { EditableRoot } from './find-editable-root';

/** A run of the draft's text that comes from one DOM text node. */
export interface TextSegment {
	node: Text;
	/** Where the run starts in the draft text. */
	start: number;
	/** Where the run starts in the node's data. */
	nodeOffset: number;
	length: number;
}

/** The draft as the person sees it, and (for rich editors) where each character sits in the DOM. */
export interface DraftSnapshot {
	text: string;
	segments: TextSegment[];
}

const BLOCK_TAGS = new Set([
	'P',
	'DIV',
	'LI',
	'UL',
	'OL',
	'H1',
	'H2',
	'H3',
	'H4',
	'H5',
	'H6',
	'BLOCKQUOTE',
	'PRE',
	'TABLE',
	'TR',
	'SECTION',
	'ARTICLE',
	'FIGURE',
]);
/** Zero-width characters some editors keep for the caret (Lexical, Draft); the person does not see them. */
const INVISIBLE = /[\u200B-\u200D\uFEFF]/;

/**
 * Reads the draft: a field's value, or an editor's text walked block by block, the way Draft.js, Lexical,
 * Quill and ProseMirror lay it out — one line per block, `<br>` a line break unless it only props an empty
 * line open. Reads no layout (unlike `innerText`), so typing stays fast.
 */
export function readDraft(editor: EditableRoot): DraftSnapshot {
	if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement)
		return { text: editor.value, segments: [] };
	const walk = new DraftWalk();
	walk.element(editor, editor);
	return { text: walk.finish(), segments: walk.segments };
}

class DraftWalk {
	text = '';
	segments: TextSegment[] = [];
	/** Whether the current line has begun (text, or a block that shows an empty line). */
	private lineOpen = false;

	element(element: Element, editor: Element): void {
		if (isSkipped(element)) return;
		const block = BLOCK_TAGS.has(element.tagName);
		if (block) this.breakLine();
		for (let child = element.firstChild; child; child = child.nextSibling) {
			if (child.nodeType === Node.TEXT_NODE) this.textNode(child as Text);
			else if (child.nodeName === 'BR') this.br(child as Element, editor);
			else if (child instanceof Element) this.element(child, editor);
		}
		if (block) this.breakLine();
	}

	finish(): string {
		return this.text.endsWith('\n') ? this.text.slice(0, -1) : this.text;
	}

	private breakLine(): void {
		if (!this.lineOpen) return;
		this.text += '\n';
		this.lineOpen = false;
	}

	private textNode(node: Text): void {
		const data = node.data;
		if (!data) return;
		let from = 0;
		for (let i = 0; i <= data.length; i++) {
			if (i < data.length && !INVISIBLE.test(data[i]!)) continue;
			if (i > from) {
				this.segments.push({ node, start: this.text.length, nodeOffset: from, length: i - from });
				this.text += data.slice(from, i);
				this.lineOpen = true;
			}
			from = i + 1;
		}
	}

	private br(br: Element, editor: Element): void {
		if (isLastInBlock(br, editor)) {
			// `<p><br></p>` is an empty line; `<p>text<br></p>` is just "text".
			this.lineOpen = true;
			return;
		}
		this.text += '\n';
		this.lineOpen = false;
	}
}

function isSkipped(element: Element): boolean {
	return (
		element.getAttribute('aria-hidden') === 'true' ||
		element.hasAttribute('hidden') ||
		element.tagName === 'STYLE' ||
		element.tagName === 'SCRIPT'
	);
}

/** Whether nothing visible follows the `<br>` inside its block. */
function isLastInBlock(br: Element, editor: Element): boolean {
	let node: Node = br;
	while (node !== editor) {
		for (let next = node.nextSibling; next; next = next.nextSibling) {
			if (next.nodeType === Node.TEXT_NODE ? (next as Text).data.replace(INVISIBLE, '') : true) return false;
		}
		const parent = node.parentNode;
		if (!parent || (parent instanceof Element && BLOCK_TAGS.has(parent.tagName))) return true;
		node = parent;
	}
	return true;
}
