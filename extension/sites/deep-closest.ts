/** `closest` that climbs out of shadow roots, for editors mounted inside a site's web components. */
export function deepClosest(element: Element, selector: string): Element | null {
	let node: Element | null = element;
	while (node) {
		const found = node.closest(selector);
		if (found) return found;
		const root = node.getRootNode();
		node = root instanceof ShadowRoot ? root.host : null;
	}
	return null;
}

/** The element's ancestors, itself first, crossing from shadow roots to their hosts. */
export function composedAncestors(element: Element): Element[] {
	const chain: Element[] = [];
	let node: Element | null = element;
	while (node) {
		chain.push(node);
		const root: Node = node.getRootNode();
		node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
	}
	return chain;
}

/**
 * How close two elements sit: the number of ancestors above their nearest common ancestor (higher = closer).
 * Used to pair a send button with the editor it sends, without a per-site rule.
 */
export function sharedDepth(a: Element, b: Element): number {
	const chainA = composedAncestors(a);
	const inA = new Set(chainA);
	for (const node of composedAncestors(b)) if (inA.has(node)) return chainA.length - chainA.indexOf(node);
	return 0;
}
