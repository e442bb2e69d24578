import { sendRequest } from '../messaging/send-request';
import type { Platform, Surface } from '../sites/site-adapter';
import { createWarningHost, type WarningHost } from '../ui/warning-host';
import { createDraftSession, type DraftSession } from './draft-session';
import { deepActiveElement, editableRootOf, findEditableRoot, type EditableRoot } from './find-editable-root';

export interface WatchOptions {
	platformOf: (editor: EditableRoot) => Platform;
	surfaceOf: (editor: EditableRoot) => Surface;
	imagesOf?: (editor: EditableRoot) => number;
	signal: AbortSignal;
}

/**
 * Attaches to every editable box the person focuses — found from one focus listener, so editors that
 * appear late, sit in dialogs or open shadow roots, or are replaced by a re-render are all picked up.
 */
export function watchComposers({ platformOf, surfaceOf, imagesOf, signal }: WatchOptions): void {
	const attached = new Map<EditableRoot, { session: DraftSession; warning: WarningHost }>();
	const detach = (editor: EditableRoot) => {
		const entry = attached.get(editor);
		entry?.session.destroy();
		entry?.warning.hide();
		attached.delete(editor);
	};

	const attach = (editor: EditableRoot) => {
		if (attached.has(editor)) return;
		// Forget editors the site has thrown away, so their warnings go with them.
		for (const old of attached.keys()) if (!old.isConnected) detach(old);
		const warning = createWarningHost(editor);
		const session = createDraftSession({
			editor,
			check: (text) =>
				sendRequest({
					kind: 'checkDraft',
					text,
					platform: platformOf(editor),
					surface: surfaceOf(editor),
					images: imagesOf?.(editor) ?? 0,
				}),
			onResult: (result, text) => {
				if (!editor.isConnected) return detach(editor);
				if (result.findings.length > 0) warning.show(result, text);
				else warning.hide();
			},
			onError: (error) => console.debug('[Second Look] check failed', error),
		});
		attached.set(editor, { session, warning });
	};

	document.addEventListener(
		'focusin',
		(event) => {
			const editor = findEditableRoot(event);
			if (editor) attach(editor);
		},
		{ capture: true, signal },
	);
	// Someone may already be typing when Second Look is switched on.
	const active = deepActiveElement();
	const current = active && editableRootOf(active);
	if (current) attach(current);
	signal.addEventListener('abort', () => [...attached.keys()].forEach(detach), { once: true });
}
