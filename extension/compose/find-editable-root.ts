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
	'date',
	'time',
	'file',
	'range',
	'color',
	'submit',
	'button',
	'image',
	'reset',
]);
/** Fields that search or pick rather than publish (X's search box is a combobox `input[type=text]`). */
const SEARCHY = /search|find|lookup|filter/i;

export type EditableRoot = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

/** Finds the editable box an event came from (inside open shadow roots too), or null when it is not one we read. */
export function findEditableRoot(event: Event): EditableRoot | null {
	const origin = event.composedPath()[0];
	return origin instanceof Element ? editableRootOf(origin) : null;
}

/** The editable box an element belongs to, or null when it is not one we read. */
export function editableRootOf(origin: Element): EditableRoot | null {
	if (origin instanceof HTMLTextAreaElement) return isSearchy(origin) || origin.readOnly ? null : origin;
	if (origin instanceof HTMLInputElement) return isReadableInput(origin) ? origin : null;
	const start = origin instanceof HTMLElement ? origin : origin.parentElement;
	if (!start?.isContentEditable) return null;
	let root: HTMLElement = start;
	while (root.parentElement?.isContentEditable) root = root.parentElement;
	return isSearchy(root) ? null : root;
}

function isSearchy(field: HTMLElement): boolean {
	const role = field.getAttribute('role');
	if (role === 'searchbox' || role === 'combobox' || field.closest('[role="search"], [role="combobox"]'))
		return true;
	const label = `${field.getAttribute('aria-label') ?? ''} ${field.getAttribute('placeholder') ?? ''} ${field.getAttribute('name') ?? ''}`;
	return SEARCHY.test(label);
}

function isReadableInput(input: HTMLInputElement): boolean {
	if (SKIPPED_INPUT_TYPES.has(input.type) || input.readOnly || isSearchy(input)) return false;
	const auto = input.autocomplete;
	if (auto === 'username' || auto.includes('one-time-code') || auto.includes('password')) return false;
	// A single-line field beside a log-in password is a log-in form, not a compose box; a sign-up form
	// (a new password) still has its e-mail field read, for the work-email clause.
	const form = input.form ?? input.closest('form');
	const password = form?.querySelector<HTMLInputElement>('input[type="password"]');
	if (!password) return true;
	const signUp =
		password.autocomplete === 'new-password' || form!.querySelectorAll('input[type="password"]').length > 1;
	return signUp && (input.type === 'email' || /e-?mail/i.test(input.name) || input.autocomplete === 'email');
}

/** The focused element, looking inside open shadow roots. */
export function deepActiveElement(): Element | null {
	let active = document.activeElement;
	while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
	return active;
}
