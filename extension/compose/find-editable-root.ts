/** Input types that never hold a post: passwords, search boxes and the like are left alone. */
const SKIPPED_INPUT_TYPES = new Set([
	'password',
	'search',
	'hidden',
	'number',
	'tel',
	'url',
	'checkbox',
	'radio',
]);

export type EditableRoot = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

/** Finds the editable box an event came from (inside open shadow roots too), or null when it is not one we read. */
export function findEditableRoot(event: Event): EditableRoot | null {
	const origin = event.composedPath()[0];
	return origin instanceof Element ? editableRootOf(origin) : null;
}

/** The editable box an element belongs to, or null when it is not one we read. */
export function editableRootOf(origin: Element): EditableRoot | null {
	if (origin instanceof HTMLTextAreaElement) return origin;
	if (origin instanceof HTMLInputElement) return isReadableInput(origin) ? origin : null;
	const start = origin instanceof HTMLElement ? origin : origin.parentElement;
	if (!start?.isContentEditable) return null;
	let root: HTMLElement = start;
	while (root.parentElement?.isContentEditable) root = root.parentElement;
	return root;
}

function isReadableInput(input: HTMLInputElement): boolean {
	if (SKIPPED_INPUT_TYPES.has(input.type)) return false;
	if (input.getAttribute('role') === 'searchbox' || input.closest('[role="search"]')) return false;
	if (input.type === 'email') return true;
	// A single-line field beside a password is a log-in form, not a compose box.
	return !input.form?.querySelector('input[type="password"]');
}

/** The focused element, looking inside open shadow roots. */
export function deepActiveElement(): Element | null {
	let active = document.activeElement;
	while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
	return active;
}
