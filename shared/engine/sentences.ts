/**
 * Finds which sentence an offset of the original draft is in. A sentence ends after . ! ? or … followed by
 * a space, or at a line break. Cheap and good enough for "in the same sentence".
 * @example createSentenceIndex('Hi. Bye.')(5) === 1
 */
export function createSentenceIndex(text: string): (offset: number) => number {
	const starts = sentenceStarts(text);
	return (offset) => upperBound(starts, offset) - 1;
}

/** Where each sentence starts (see createSentenceIndex), ascending. @example sentenceStarts('Hi. Bye.') → [0, 3] */
export function sentenceStarts(text: string): number[] {
	const starts: number[] = [0];
	// A native scan for the ends, not a loop over every character of the draft.
	SENTENCE_END.lastIndex = 0;
	for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) starts.push(m.index + 1);
	return starts;
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
