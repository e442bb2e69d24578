/** Which sentence an offset is in, and where that sentence starts and ends. */
export interface SentenceIndex {
	/** The sentence number of an offset of the original draft. */
	of(offset: number): number;
	/** Where the sentence holding an offset starts, and where the next one does (Infinity for the last). */
	bounds(offset: number): readonly [number, number];
}

/**
 * Finds which sentence an offset of the original draft is in. A sentence ends after . ! ? or … followed by
 * a space, or at a line break. Cheap and good enough for "in the same sentence".
 * @example createSentenceIndex('Hi. Bye.').of(5) === 1
 */
export function createSentenceIndex(text: string): SentenceIndex {
	const starts: number[] = [0];
	// A native scan for the ends, not a loop over every character of the draft.
	SENTENCE_END.lastIndex = 0;
	for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) starts.push(m.index + 1);
	return {
		of: (offset) => upperBound(starts, offset) - 1,
		bounds(offset) {
			const k = upperBound(starts, offset) - 1;
			return [starts[k]!, starts[k + 1] ?? Infinity];
		},
	};
}

/** A line break, or . ! ? … before whitespace: the sentence ends after it. */
const SENTENCE_END = /\n|[.!?…](?=\s)/g;

/** Index of the first element greater than `value` in an ascending array. @example upperBound([0, 4], 4) === 2 */
export function upperBound(sorted: ArrayLike<number>, value: number): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if (sorted[mid]! <= value) low = mid + 1;
		else high = mid;
	}
	return low;
}
