/** The longest run an unbounded quantifier may match once bounded. */
export const QUANTIFIER_BOUND = 100;

/**
 * Rewrites unbounded quantifiers (`*`, `+`, `{n,}`) to bounded ones (`{0,100}`, `{1,100}`, `{n,n+100}`).
 * A JavaScript RegExp is a backtracking matcher: `\w+ing` costs O(n²) on 'a'.repeat(1e5). With every
 * quantifier bounded (and no nesting, checked at validation) each start position costs a constant.
 * @example boundQuantifiers('\\d+[a-z]*') === '\\d{1,100}[a-z]{0,100}'
 */
export function boundQuantifiers(source: string): string {
	// One native replace, not a loop over characters: it runs for every pattern when a waking worker compiles.
	return source.replace(
		QUANTIFIERS,
		(token: string, from: string | undefined) =>
			from !== undefined
				? `{${from},${Number(from) + QUANTIFIER_BOUND}}`
				: token === '*'
					? `{0,${QUANTIFIER_BOUND}}`
					: token === '+'
						? `{1,${QUANTIFIER_BOUND}}`
						: token, // an escape or a character class, kept as it is
	);
}

/** An escape, a character class (its own escapes included; to the end if unclosed), `{n,}`, `*` or `+`. */
const QUANTIFIERS = /\\[\s\S]|\[(?:\\[\s\S]?|[^\]\\])*(?:\]|$)|\{(\d+),\}|[*+]/g;
