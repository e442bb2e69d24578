/** A place in the options page, from its hash: `#/settings`, `#/clauses`, `#/clauses/<id>`, `#/history`, `#/policy`. */
export type OptionsRoute =
	{ page: 'settings' } | { page: 'clauses'; clause?: string } | { page: 'history' } | { page: 'policy' };

/** Reads a route from a location hash; anything unknown lands on settings. */
export function parseRoute(hash: string): OptionsRoute {
	const [page, clause] = hash.replace(/^#\/?/, '').split('/');
	switch (page) {
		case 'clauses':
			return clause ? { page: 'clauses', clause: decodeURIComponent(clause) } : { page: 'clauses' };
		case 'history':
		case 'policy':
			return { page };
		default:
			return { page: 'settings' };
	}
}
