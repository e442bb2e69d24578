import type { ComponentChildren } from 'preact';

/** Only these schemes become links; anything else from a pack is shown as plain text. */
const ALLOWED = new Set(['https:', 'mailto:']);

export function isSafeHref(href: string): boolean {
	try {
		return ALLOWED.has(new URL(href).protocol);
	} catch {
		return false;
	}
}

/** A link to an address from pack data: https: and mailto: only; anything else is just text. */
export function SafeLink({ href, children }: { href: string; children: ComponentChildren }) {
	if (!isSafeHref(href)) return <span>{children}</span>;
	return (
		<a href={href} target={href.startsWith('https:') ? '_blank' : undefined} rel="noopener noreferrer">
			{children}
		</a>
	);
}
