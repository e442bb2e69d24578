/** The longest run an unbounded quantifier may match once bounded. */
export const QUANTIFIER_BOUND = 100;

/**
 * Rewrites unbounded quantifiers (`*`, `+`, `{n,}`) to bounded ones (`{0,100}`, `{1,100}`, `{n,n+100}`).
 * A JavaScript RegExp is a backtracking matcher: `\w+ing` costs O(n²) on 'a'.repeat(1e5). With every
 * quantifier bounded (and no nesting, checked at validation) each start position costs a constant.
 * @example boundQuantifiers('\\d+[a-z]*') === '\\d{1,100}[a-z]{0,100}'
 */
export function boundQuantifiers(source: string): string {
	let out = '';
	let inClass = false;
	for (let i = 0; i < source.length; i++) {
		const c = source[i]!;
		if (c === '\\') {
			out += source.slice(i, i + 2);
			i++;
		} else if (inClass) {
			if (c === ']') inClass = false;
			out += c;
		} else if (c === '[') {
			inClass = true;
			out += c;
		} else if (c === '*') out += `{0,${QUANTIFIER_BOUND}}`;
		else if (c === '+') out += `{1,${QUANTIFIER_BOUND}}`;
		else if (c === '{') {
			const m = /^\{(\d+),\}/.exec(source.slice(i));
			if (m) {
				out += `{${m[1]},${Number(m[1]) + QUANTIFIER_BOUND}}`;
				i += m[0].length - 1;
			} else out += c;
		} else out += c;
	}
	return out;
}
