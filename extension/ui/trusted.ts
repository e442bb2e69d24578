/**
 * Wraps a handler so it runs only for the person's own input: a page script can call `.click()` on our
 * buttons (the shadow roots are open for tests and assistive tech), but its events are not trusted.
 */
export function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
	return (event) => {
		if (event.isTrusted) handler(event);
	};
}
