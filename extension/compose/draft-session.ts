import type { CheckResult } from '../messaging/protocol';
import { debounce } from './debounce';
import type { EditableRoot } from './find-editable-root';
import { readDraft } from './read-draft';

/** How long typing must pause before a draft is checked. */
export const CHECK_DEBOUNCE_MS = 250;

/** An answer, and the exact text it is about. */
export interface CheckedDraft {
	text: string;
	result: CheckResult;
}

export interface DraftSessionOptions {
	editor: EditableRoot;
	check: (text: string) => Promise<CheckResult>;
	onResult: (checked: CheckedDraft) => void;
	onError?: (error: unknown) => void;
}

export interface DraftSession {
	/** Checks the draft now (e.g. when an attachment changes), without waiting for typing. */
	recheck: () => void;
	/** The latest answer, when it is about the draft as it is now; otherwise undefined (stale or pending). */
	current: () => CheckedDraft | undefined;
	/** The answer for the draft as it is now: the latest one if still current, else a fresh check. */
	checkNow: () => Promise<CheckedDraft>;
	destroy: () => void;
}

/** Watches one editor: debounces typing, skips IME composition, and drops answers that arrive out of order. */
export function createDraftSession({ editor, check, onResult, onError }: DraftSessionOptions): DraftSession {
	let sequence = 0;
	let composing = false;
	let lastText: string | undefined;
	let latest: CheckedDraft | undefined;

	const run = async (force: boolean): Promise<CheckedDraft | undefined> => {
		if (composing && !force) return undefined;
		const text = readDraft(editor).text;
		if (!force && text === lastText) return undefined;
		lastText = text;
		const mine = ++sequence;
		const result = await check(text);
		const checked = { text, result };
		// A newer check has started: this answer is stale, drop it.
		if (mine !== sequence) return checked;
		latest = checked;
		onResult(checked);
		return checked;
	};
	const runQuietly = (force: boolean) => run(force).catch((error: unknown) => onError?.(error));
	const debounced = debounce(() => void runQuietly(false), CHECK_DEBOUNCE_MS);

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

	const current = () => (latest && latest.text === readDraft(editor).text ? latest : undefined);
	return {
		recheck: () => void runQuietly(true),
		current,
		checkNow: async () => {
			const now = current();
			if (now) return now;
			debounced.cancel();
			const checked = await run(true);
			if (!checked) throw new Error('no check ran');
			return checked;
		},
		destroy: () => {
			controller.abort();
			observer.disconnect();
			debounced.cancel();
			sequence++;
		},
	};
}
