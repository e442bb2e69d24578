import { plainFirstWords } from '../engine/terms/parse-term';
import type { LexiconIndex } from './lexicon-index-schema';

/**
 * Indexes every entry of every lexicon by its plain first word (entries without one listed apart).
 * @example indexLexicons({ roles: ['head teacher', 'head of year', '@staff'] }).words → ['head']
 */
export function indexLexicons(lexicons: Readonly<Record<string, readonly string[]>>): LexiconIndex {
	const names = Object.keys(lexicons);
	const byWord = new Map<string, number[]>();
	const unreadable: number[] = [];
	names.forEach((name, lexicon) => {
		plainFirstWords(lexicons[name]!).forEach((first, place) => {
			if (first === undefined) return void unreadable.push(lexicon, place);
			let row = byWord.get(first);
			if (!row) byWord.set(first, (row = []));
			row.push(lexicon, place);
		});
	});
	const words = [...byWord.keys()].sort();
	return {
		lexicons: names,
		words,
		counts: words.map((word) => byWord.get(word)!.length / 2),
		entries: words.flatMap((word) => byWord.get(word)!),
		unreadable,
	};
}
