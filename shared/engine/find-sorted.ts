/**
 * Where `key` is in a list of strings sorted by UTF-16 code unit (as `Array.prototype.sort` leaves them), or -1.
 * @example findSorted(['a', 'b c', 'd'], 'b c') === 1
 */
export function findSorted(sorted: readonly string[], key: string): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (sorted[middle]! < key) low = middle + 1;
		else high = middle;
	}
	return sorted[low] === key ? low : -1;
}
