/**
 * A site's send control: a selector, or a selector plus the control's visible text for sites whose
 * buttons carry no label but their text (Instagram's `div[role="button"]` "Share").
 */
export type SubmitControl = string | { selector: string; text: string };

export function controlSelector(control: SubmitControl): string {
	return typeof control === 'string' ? control : control.selector;
}

/** Whether an element is the given send control. */
export function isControl(element: Element, control: SubmitControl): boolean {
	if (!element.matches(controlSelector(control))) return false;
	return typeof control === 'string' || element.textContent?.trim() === control.text;
}
