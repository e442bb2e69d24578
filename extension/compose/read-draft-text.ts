import type { EditableRoot } from './find-editable-root';

/** Reads the draft as the person sees it: a field's value, or an editor's rendered text with its line breaks. */
export function readDraftText(editor: EditableRoot): string {
	if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) return editor.value;
	// innerText follows layout, so paragraphs and <br>s come out as the line breaks the person sees.
	return editor.innerText.replace(/\n$/, '');
}
