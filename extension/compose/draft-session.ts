import type { CheckResult } from '../messaging/protocol';
import { debounce } from './debounce';
import type { EditableRoot } from './find-editable-root';
import { readDraftText } from './read-draft-text';

/** How long typing must pause before a draft is checked. */
export const CHECK_DEBOUNCE_MS = 250;

export interface DraftSessionOptions {
	editor: EditableRoot;
	check: (text: string) => Promise<CheckResult>;
	onResult: (result: CheckResult, text: string) => void;
	onError?: (error: unknown) => void;
}

export interface DraftSession {
	/** Checks the draft now (e.g. when an attachment changes), without waiting for typing. */
	recheck: () => void;
	destroy: () => void;
}

/** Watches one editor: debounces typing, skips IME composition, and drops answers that arrive out of order. */
export function createDraftSession({ editor, check, onResult, onError }: DraftSessionOptions): DraftSession {
	let sequence = 0;
	let composing = false;
	let lastText: string | undefined;

	const run = async (force: boolean) => {
		if (composing) return;
		const text = readDraftText(editor);
		if (!force && text === lastText) return;
		lastText = text;
		const mine = ++sequence;
		try {
			const result = await check(text);
			if (mine === sequence) onResult(result, text);
		} catch (error) {
			onError?.(error);
		}
	};
	const debounced = debounce(() => void run(false), CHECK_DEBOUNCE_MS);

	const controller = new AbortController();
	const { signal } = controller;
	editor.addEventListener('input', debounced.call, { signal });
	editor.addEventListener('compositionstart', () => (composing = true), { signal });
	editor.addEventListener(
		'compositionend',
		() => {
			composing = false;
			debounced.call();
		},
		{ signal },
	);
	// Editors that handle typing themselves (Draft.js, Lexical) may fire no input event; their DOM still changes.
	const observer = new MutationObserver(debounced.call);
	if (!(editor instanceof HTMLInputElement || editor instanceof HTMLTextAreaElement)) {
		observer.observe(editor, { childList: true, characterData: true, subtree: true });
	}
	debounced.call();

	return {
		recheck: () => void run(true),
		destroy: () => {
			controller.abort();
			observer.disconnect();
			debounced.cancel();
			sequence++;
		},
	};
}
