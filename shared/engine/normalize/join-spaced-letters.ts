/** A token: source range [from, to); `spaced` when it joins spaced-out letters ("s h i t"). */
export interface Token {
	from: number;
	to: number;
	/** For a joined token, the source offset of each letter; a match may start or end at any of them. */
	letters?: number[];
}

const SPACER = /^[ .\-_·•]{1,3}$/;
const MIN_LETTERS = 3;
const A_TO_Z = /[a-z]/;

/**
 * Joins runs of at least three one-letter tokens separated by short spacers ("s h i t", "f.u.c.k",
 * "m-a-n-d-e-v-i-l-l-e") into one token, so spaced-out words match like written ones.
 * @example joinSpacedLetters('s h i t', [{from:0,to:1},{from:2,to:3},{from:4,to:5},{from:6,to:7}])
 */
export function joinSpacedLetters(text: string, tokens: Token[]): Token[] {
	if (!hasSpacedRun(tokens)) return tokens; // most drafts: no copy of every token
	const out: Token[] = [];
	let i = 0;
	while (i < tokens.length) {
		let j = i;
		while (
			j < tokens.length &&
			tokens[j]!.to - tokens[j]!.from === 1 &&
			(j === i || SPACER.test(text.slice(tokens[j - 1]!.to, tokens[j]!.from)))
		)
			j++;
		let letters = 0;
		for (let k = i; k < j; k++) if (A_TO_Z.test(text[tokens[k]!.from]!)) letters++;
		// Mostly letters ("s h 1 t"), not a list of digits ("0 0 0").
		if (j - i >= MIN_LETTERS && letters * 2 >= j - i) {
			const run = tokens.slice(i, j);
			// However long the run, matching stays linear: a walk from each letter is bounded by the longest
			// term, and `*` endings jump to the run's end in one step.
			out.push({ from: run[0]!.from, to: run.at(-1)!.to, letters: run.map((t) => t.from) });
			i = j;
		} else {
			// Not joined: keep the whole run as it is (rescanning its tail would be quadratic).
			const end = Math.max(j, i + 1);
			for (let k = i; k < end; k++) out.push(tokens[k]!);
			i = end;
		}
	}
	return out;
}

/** True when three one-letter tokens come in a row: the least a joined run needs (spacers are checked after). */
function hasSpacedRun(tokens: readonly Token[]): boolean {
	let run = 0;
	for (const token of tokens) {
		run = token.to - token.from === 1 ? run + 1 : 0;
		if (run >= MIN_LETTERS) return true;
	}
	return false;
}
