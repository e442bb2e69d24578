import type { LibraryClause } from '../../messaging/protocol';

function fold(text: string): string {
	return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").toLowerCase();
}

/** Clauses containing every word of the query (in id, title, words, explanation, section or examples). */
export function searchClauses(clauses: readonly LibraryClause[], query: string): LibraryClause[] {
	const words = fold(query).split(/\s+/).filter(Boolean);
	if (words.length === 0) return [...clauses];
	return clauses.filter((clause) => {
		const haystack = fold(
			[
				clause.id,
				clause.title,
				clause.words,
				clause.explanation,
				clause.section,
				...clause.examples.flag,
				...clause.examples.allow,
			].join('\n'),
		);
		return words.every((word) => haystack.includes(word));
	});
}
