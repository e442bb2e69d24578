import type { FindingView } from '../messaging/protocol';
import { sendRequest } from '../messaging/send-request';
import type { Platform, Surface } from '../sites/site-adapter';
import { countAttachments } from '../sites/find-near-editor';
import { createFieldOverlay } from '../ui/field-overlay';
import { setHighlights } from '../ui/highlight-findings';
import { createWarningHost } from '../ui/warning-host';
import { createDraftSession, type CheckedDraft } from './draft-session';
import type { EditableRoot } from './find-editable-root';
import { createFlagLog, flagKey, type FlagLog } from './flag-log';
import { rangeForSpan } from './range-for-span';
import { readDraft } from './read-draft';
import { watchAttachments } from './watch-attachments';

/** One attached compose box: its draft session, warning, highlights and the flags the person set aside. */
export interface Composer {
	editor: EditableRoot;
	/** The latest answer with set-aside flags removed, if it is about the draft as it is now. */
	current: () => CheckedDraft | undefined;
	/** The same, checking the draft now when the latest answer is stale or pending. */
	checkNow: () => Promise<CheckedDraft>;
	log: FlagLog;
	/** Re-places the warning (the editor moved or resized). */
	place: () => void;
	destroy: () => void;
}

export interface ComposerContext {
	platform: Platform;
	surface: () => Surface;
	attachmentPreviews: string[];
}

/** Attaches to one editor. Reads only; nothing is ever written into the editor or its subtree. */
export function createComposer(editor: EditableRoot, context: ComposerContext): Composer {
	const { platform, surface } = context;
	/** Flags marked wrong or dismissed: hidden until the box is emptied (a new draft). */
	const setAside = new Set<string>();
	const log = createFlagLog(platform, surface);
	const visible = ({ text, result }: CheckedDraft): CheckedDraft => ({
		text,
		result: { ...result, findings: result.findings.filter((f) => !setAside.has(flagKey(f, text))) },
	});
	let shown: CheckedDraft | undefined;
	let latestRaw: CheckedDraft | undefined;

	const render = (checked: CheckedDraft | undefined) => {
		shown = checked && checked.result.findings.length > 0 ? checked : undefined;
		if (!shown) {
			warning.hide();
			if (overlay) overlay.hide();
			else setHighlights(composer, editor, []);
			return;
		}
		warning.show(shown.result, shown.text);
		if (overlay) {
			// Ranges cannot reach into a form field: its words are marked on a mirror laid over it.
			overlay.show(shown.text, shown.result.findings);
			return;
		}
		const snapshot = readDraft(editor);
		// Offsets are into the text as read; only mark them while the editor still shows that text.
		const ranges =
			snapshot.text === shown.text
				? shown.result.findings.flatMap((f) => rangeForSpan(snapshot, f.start, f.end) ?? [])
				: [];
		setHighlights(composer, editor, ranges);
	};
	const setAsideAndRender = (findings: FindingView[], action: 'marked-wrong' | 'dismissed') => {
		if (!shown) return;
		const keys = findings.map((f) => flagKey(f, shown!.text));
		keys.forEach((k) => setAside.add(k));
		log.noteAction(action, keys);
		render(visible(latestRaw ?? shown));
	};

	const overlay =
		editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement
			? createFieldOverlay(editor)
			: undefined;
	const warning = createWarningHost(editor, {
		readClause: (clause) =>
			void sendRequest({ kind: 'openClause', clause: clause.id }).catch(() => undefined),
		markWrong: (findings) => setAsideAndRender(findings, 'marked-wrong'),
		askedLineManager: () => log.noteAction('asked-line-manager'),
		dismiss: () => shown && setAsideAndRender(shown.result.findings, 'dismissed'),
		returnToDraft: () => editor.focus(),
	});

	const attachments = () => countAttachments(editor, context.attachmentPreviews);
	const session = createDraftSession({
		editor,
		check: (text) =>
			sendRequest({
				kind: 'checkDraft',
				text,
				platform,
				surface: surface(),
				images: attachments(),
			}),
		onResult: (checked) => {
			latestRaw = checked;
			if (checked.text.trim() === '') {
				setAside.clear();
				log.reset();
			}
			log.noteFlags(checked.result, checked.text);
			render(visible(checked));
		},
		onError: (error) => console.debug('[Second Look] check failed', error),
	});
	// A photo added or removed changes what the draft says: check it again.
	const unwatchAttachments =
		context.attachmentPreviews.length > 0 ? watchAttachments(editor, attachments, session.recheck) : () => {};

	const composer: Composer = {
		editor,
		current: () => {
			const now = session.current();
			return now && visible(now);
		},
		checkNow: async () => visible(await session.checkNow()),
		log,
		place: () => {
			warning.place();
			overlay?.place();
		},
		destroy: () => {
			unwatchAttachments();
			session.destroy();
			warning.hide();
			if (overlay) overlay.hide();
			else setHighlights(composer, editor, []);
		},
	};
	return composer;
}
