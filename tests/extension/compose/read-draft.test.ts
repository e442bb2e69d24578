import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';

import { readDraft } from '../../../extension/compose/read-draft';

// The editors' own markup (platform-dom.md §1.2), read without layout.
beforeAll(() => {
	const { window } = parseHTML('<html><body></body></html>');
	Object.assign(globalThis, {
		Node: window.Node,
		HTMLInputElement: window.HTMLInputElement,
		HTMLTextAreaElement: window.HTMLTextAreaElement,
		Element: window.Element,
	});
	Object.assign(globalThis, { __doc: window.document });
});

function editor(html: string): HTMLElement {
	const doc = (globalThis as unknown as { __doc: Document }).__doc;
	const root = doc.createElement('div');
	root.setAttribute('contenteditable', 'true');
	root.innerHTML = html;
	return root;
}

describe('readDraft()', () => {
	it.each([
		[
			'Lexical paragraphs with an empty one',
			'<p><span>a</span></p><p><br></p><p><span>b</span></p>',
			'a\n\nb',
		],
		['Lexical Shift+Enter', '<p><span>a</span><br><span>b</span></p>', 'a\nb'],
		[
			'Draft.js blocks with an empty block',
			'<div data-contents="true"><div data-block="true"><div><span><span data-text="true">a</span></span></div></div><div data-block="true"><div><span><br data-text="true"></span></div></div><div data-block="true"><div><span><span data-text="true">b</span></span></div></div></div>',
			'a\n\nb',
		],
		['Quill empty editor', '<p><br></p>', ''],
		[
			'ProseMirror trailing break',
			'<p>a</p><p class="is-empty"><br class="ProseMirror-trailingBreak"></p>',
			'a\n',
		],
		['zero-width caret characters', '<p><span>a\u200Bb</span></p>', 'ab'],
		['aria-hidden decorations', '<p>a<span aria-hidden="true">x</span></p>', 'a'],
	])('reads %s', (_name, html, text) => {
		expect(readDraft(editor(html)).text).toBe(text);
	});

	it('maps every character back to its text node', () => {
		const { text, segments } = readDraft(editor('<p><span>ab</span></p><p><span>c\u200Bd</span></p>'));
		expect(text).toBe('ab\ncd');
		expect(segments.map((s) => [s.start, s.nodeOffset, s.length, s.node.data])).toEqual([
			[0, 0, 2, 'ab'],
			[3, 0, 1, 'c\u200Bd'],
			[4, 2, 1, 'c\u200Bd'],
		]);
	});
});
