import { browser } from 'wxt/browser';

import { deepActiveElement } from '../compose/find-editable-root';
import { GetSelectionRequestSchema, MAX_SELECTION_CHARS, type SelectionAnswer } from './selection-protocol';

/** What the person has selected in this frame: text on the page, or inside the text box they are in. */
export function selectedText(): string {
	const active = deepActiveElement();
	if (active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement) {
		const { selectionStart, selectionEnd, value } = active;
		if (selectionStart !== null && selectionEnd !== null && selectionEnd > selectionStart) {
			return value.slice(selectionStart, selectionEnd).slice(0, MAX_SELECTION_CHARS);
		}
	}
	return (document.getSelection()?.toString() ?? '').slice(0, MAX_SELECTION_CHARS);
}

/**
 * Answers the background's `getSelection` (sent only when the person chose "Report to the Headteacher" for this
 * tab) with the selected text. Nothing is read at any other time, and only this extension can ask.
 */
export function answerSelectionRequests(signal: AbortSignal): void {
	const listener = (message: unknown, sender: { id?: string }): Promise<SelectionAnswer> | undefined => {
		if (sender.id !== browser.runtime.id) return undefined;
		if (!GetSelectionRequestSchema.safeParse(message).success) return undefined;
		return Promise.resolve({ text: selectedText() });
	};
	browser.runtime.onMessage.addListener(listener);
	signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
