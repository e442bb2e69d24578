import { classifySurface, type Platform, type SiteAdapter, type Surface } from '../sites/site-adapter';
import { createComposer, type Composer } from './composer';
import { deepActiveElement, editableRootOf, findEditableRoot, type EditableRoot } from './find-editable-root';
import { guardSubmits } from './submit-guard';

export interface WatchOptions {
	/** The site's adapter; without one (the practice page) boxes are read but no send is held. */
	site?: SiteAdapter;
	/** Overrides for pages that are not a site (the practice page). */
	platformOf?: (editor: EditableRoot) => Platform;
	surfaceOf?: (editor: EditableRoot) => Surface;
	signal: AbortSignal;
}

/**
 * Attaches to every editable box the person focuses — found from one focus listener, so editors that
 * appear late, sit in dialogs or open shadow roots, or are replaced by a re-render are all picked up.
 * A ResizeObserver per editor keeps its warning in place and notices when the site throws the editor away.
 */
export function watchComposers({ site, platformOf, surfaceOf, signal }: WatchOptions): void {
	const attached = new Map<EditableRoot, Composer>();
	const resizes = new ResizeObserver((entries) => {
		for (const { target } of entries) {
			const composer = attached.get(target as EditableRoot);
			if (!target.isConnected) detach(target as EditableRoot);
			else composer?.place();
		}
	});
	const detach = (editor: EditableRoot) => {
		attached.get(editor)?.destroy();
		attached.delete(editor);
		resizes.unobserve(editor);
	};
	const attach = (editor: EditableRoot) => {
		if (attached.has(editor)) return;
		for (const old of attached.keys()) if (!old.isConnected) detach(old);
		attached.set(
			editor,
			createComposer(editor, {
				platform: platformOf?.(editor) ?? site?.id ?? 'facebook',
				surface: () => surfaceOf?.(editor) ?? (site ? classifySurface(site, editor) : 'post'),
				attachmentPreviews: site?.attachmentPreviews ?? [],
			}),
		);
		resizes.observe(editor);
	};

	document.addEventListener(
		'focusin',
		(event) => {
			const editor = findEditableRoot(event);
			if (editor) attach(editor);
		},
		{ capture: true, signal },
	);
	if (site) guardSubmits({ site, composers: () => attached.values(), signal });
	// Someone may already be typing when Second Look is switched on.
	const active = deepActiveElement();
	const current = active && editableRootOf(active);
	if (current) attach(current);
	signal.addEventListener(
		'abort',
		() => {
			[...attached.keys()].forEach(detach);
			resizes.disconnect();
		},
		{ once: true },
	);
}
