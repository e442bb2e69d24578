/** How long after the page changes the attachments are counted again (a burst of mutations counts once). */
export const ATTACHMENT_RECOUNT_MS = 100;

const MEDIA = 'img, video';

/** True when a node added or removed could change the count: it is, or holds, an image or a video. */
function mayBeMedia(node: Node): boolean {
	return node instanceof Element && (node.matches(MEDIA) || node.querySelector(MEDIA) !== null);
}

/**
 * Calls `onChange` when the number of attachments near an editor changes (a photo added, or removed). The preview
 * container comes and goes with its first and last attachment, so the editor's whole document (or the open shadow
 * root it lives in) is watched; only added or removed images and videos lead to a recount, at most once per
 * {@link ATTACHMENT_RECOUNT_MS}. Reads the page only; returns the function that stops watching.
 */
export function watchAttachments(editor: Element, count: () => number, onChange: () => void): () => void {
	let last = count();
	let timer: ReturnType<typeof setTimeout> | undefined;
	const recount = () => {
		timer = undefined;
		const now = count();
		if (now === last) return;
		last = now;
		onChange();
	};
	const observer = new MutationObserver((records) => {
		if (timer !== undefined) return;
		// Typing changes the editor's own subtree, which holds no preview: those records are skipped unread.
		const relevant = records.some(
			(record) =>
				!editor.contains(record.target) &&
				([...record.addedNodes].some(mayBeMedia) || [...record.removedNodes].some(mayBeMedia)),
		);
		if (relevant) timer = setTimeout(recount, ATTACHMENT_RECOUNT_MS);
	});
	observer.observe(editor.getRootNode(), { childList: true, subtree: true });
	return () => {
		observer.disconnect();
		if (timer !== undefined) clearTimeout(timer);
	};
}
