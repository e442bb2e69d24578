import type { SiteAdapter, SubmitKey } from '../sites/site-adapter';
import { submitKeyOf } from '../sites/site-adapter';
import { sharedDepth } from '../sites/deep-closest';
import { findNearEditor } from '../sites/find-near-editor';
import { isControl } from '../sites/submit-control';
import { hideReview, showReview } from '../ui/review-host';
import type { Composer } from './composer';
import type { CheckedDraft } from './draft-session';
import { findEditableRoot } from './find-editable-root';

/** How long a send waits for a check of a draft typed in the last moment; a clean or unanswered draft then goes. */
export const FRESH_CHECK_TIMEOUT_MS = 400;

export interface SubmitGuardOptions {
	site: SiteAdapter;
	composers: () => Iterable<Composer>;
	signal: AbortSignal;
}

/**
 * "Review before posting": the first capture-phase listener on `window` sees the site's send gestures (its
 * send controls, its send key) before the site's own handlers, and holds back a send only while the draft has
 * unresolved flags. "Post anyway" clicks the site's own control once, so the site sends its own model of the
 * draft: no character is changed. Only the person's own (trusted) gestures are ever held.
 */
export function guardSubmits({ site, composers, signal }: SubmitGuardOptions): void {
	let pass: { composer: Composer; until: number } | undefined;
	let reviewing: Composer | undefined;

	const composerNear = (control: Element): Composer | undefined => {
		let best: Composer | undefined;
		let bestDepth = 0;
		for (const composer of composers()) {
			if (!composer.editor.isConnected) continue;
			const depth = sharedDepth(composer.editor, control);
			if (depth > bestDepth) [best, bestDepth] = [composer, depth];
		}
		return best;
	};
	const takePass = (composer: Composer) => {
		const ok = pass?.composer === composer && Date.now() < pass.until;
		if (ok) pass = undefined;
		return ok;
	};
	const hold = (event: Event) => {
		event.preventDefault();
		event.stopImmediatePropagation();
	};
	const send = (composer: Composer, control: Element | undefined, key: SubmitKey | undefined) => {
		hideReview();
		reviewing = undefined;
		pass = { composer, until: Date.now() + 1000 };
		const target = control?.isConnected ? control : sendControlOf(composer.editor, site);
		if (target instanceof HTMLElement) target.click();
		else if (key) replayKey(composer.editor, key);
	};
	const review = (composer: Composer, checked: CheckedDraft, control?: Element, key?: SubmitKey) => {
		reviewing = composer;
		const close = () => {
			hideReview();
			reviewing = undefined;
		};
		showReview(checked.result, checked.text, {
			edit: () => {
				close();
				composer.log.noteAction('edited');
				composer.editor.focus();
			},
			askedLineManager: () => composer.log.noteAction('asked-line-manager'),
			postAnyway: () => {
				composer.log.noteAction('posted-anyway');
				send(composer, control, key);
			},
		});
	};

	/** Decides about one send gesture: let it go, or hold it (and review, or check first). */
	const decide = (event: Event, composer: Composer, control?: Element, key?: SubmitKey) => {
		if (takePass(composer) || !event.isTrusted) return;
		if (reviewing === composer) return hold(event);
		const now = composer.current();
		if (now && now.result.findings.length === 0) return; // known clean: straight through
		const gestureStart = event.type === 'pointerdown' || event.type === 'mousedown';
		if (now) {
			hold(event);
			// A press is held, but the card waits for its click: shown at once, it would sit under the pointer
			// and take the release, so the click would never come (and no press-and-drag-away asks anything).
			return gestureStart ? undefined : review(composer, now, control, key);
		}
		// The last answer is stale or pending: the click that follows a press decides.
		if (gestureStart) return;
		hold(event);
		const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, FRESH_CHECK_TIMEOUT_MS));
		void Promise.race([composer.checkNow().catch(() => undefined), timeout]).then((checked) => {
			if (checked && checked.result.findings.length > 0) review(composer, checked, control, key);
			else send(composer, control, key);
		});
	};

	const onPointer = (event: Event) => {
		const control = event
			.composedPath()
			.find((node): node is Element => node instanceof Element && isSend(node));
		if (!control || isDisabled(control)) return;
		const composer = composerNear(control);
		if (composer) decide(event, composer, control);
	};
	const isSend = (node: Element) =>
		site.submitControls.some((control) => isControl(node, control)) || isFormSubmitter(node);
	const onKey = (event: KeyboardEvent) => {
		if (event.key !== 'Enter' || event.isComposing || event.keyCode === 229) return;
		const editor = findEditableRoot(event);
		if (!editor) return;
		const composer = [...composers()].find((c) => c.editor === editor);
		// A single-line field in a form sends its form on Enter (implicit submission).
		if (!composer) return;
		const key = submitKeyOf(site, editor) ?? (editor instanceof HTMLInputElement ? 'Enter' : undefined);
		if (key && matchesKey(event, key)) decide(event, composer, undefined, key);
	};

	const options = { capture: true, signal };
	for (const type of ['pointerdown', 'mousedown', 'click']) window.addEventListener(type, onPointer, options);
	window.addEventListener('keydown', onKey, options);
	signal.addEventListener('abort', hideReview, { once: true });
}

/** A form's own submit button: profile, bio and sign-up forms send through it on every site. */
function isFormSubmitter(node: Element): boolean {
	return (
		(node instanceof HTMLButtonElement || node instanceof HTMLInputElement) &&
		node.type === 'submit' &&
		!!node.form
	);
}

/** The control that sends an editor's draft: the site's nearest send control, else its form's submit button. */
function sendControlOf(editor: Element, site: SiteAdapter): Element | undefined {
	const form = (editor as HTMLInputElement).form ?? editor.closest('form');
	const submitter = form?.querySelector('button[type="submit"], input[type="submit"], button:not([type])');
	return submitter ?? findNearEditor(editor, site.submitControls);
}

function matchesKey(event: KeyboardEvent, key: SubmitKey): boolean {
	if (event.altKey || event.shiftKey) return false;
	const mod = event.ctrlKey || event.metaKey;
	return key === 'Mod+Enter' ? mod : !mod;
}

function isDisabled(control: Element): boolean {
	return control.getAttribute('aria-disabled') === 'true' || (control as HTMLButtonElement).disabled === true;
}

/** Last resort when a site has no send control to click: Lexical and React read `key` (Draft.js would not). */
function replayKey(editor: Element, key: SubmitKey): void {
	const init = { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true, ctrlKey: key === 'Mod+Enter' };
	editor.dispatchEvent(new KeyboardEvent('keydown', init));
}
