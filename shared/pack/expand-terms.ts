const REFERENCE = /(^|\s)@([a-z0-9][a-z0-9-]*)(?=$|\s)/;
const MAX_EXPANSIONS = 20_000;

/**
 * Expands lexicon references: a whole term `@insults`, or a word of one (`our @staff-roles`, one term per
 * entry; several references give every combination). Throws on an unknown lexicon or a cycle.
 * @example expandTerms(['our @roles'], { roles: ['head', 'deputy'] }) → ['our head', 'our deputy']
 */
export function expandTerms(
	terms: readonly string[],
	lexicons: Readonly<Record<string, readonly string[]>>,
): string[] {
	const out = new Set<string>();
	const expand = (term: string, seen: readonly string[]): void => {
		const match = REFERENCE.exec(term);
		if (!match) {
			out.add(term.trim());
			return;
		}
		const name = match[2]!;
		const entries = lexicons[name];
		if (!entries) throw new Error(`unknown lexicon "@${name}" in "${term}"`);
		if (seen.includes(name)) throw new Error(`lexicon cycle: @${[...seen, name].join(' → @')}`);
		const before = term.slice(0, match.index + match[1]!.length);
		const after = term.slice(match.index + match[0].length);
		for (const entry of entries) {
			if (out.size > MAX_EXPANSIONS)
				throw new Error(`"${term}" expands to more than ${MAX_EXPANSIONS} terms`);
			// An entry that is itself a reference is resolved in the next round; `seen` catches cycles.
			expand(before + entry + after, REFERENCE.test(entry) ? [...seen, name] : seen);
		}
	};
	for (const term of terms) expand(term, []);
	return [...out];
}
