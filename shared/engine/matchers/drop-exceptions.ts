import { firstStartingAt, type Span } from '../finding';

/**
 * Drops every span that overlaps an exception ("Scunthorpe", "mental health"), the Scunthorpe problem
 * solved in data as obscenity does with whitelisted terms. Sort and sweep: O((spans + exceptions) log n).
 * @example dropExceptions([[0, 4]], [[0, 10]]) → []
 */
export function dropExceptions(spans: Span[], exceptions: readonly Span[]): Span[] {
	if (exceptions.length === 0 || spans.length === 0) return spans;
	const sorted = [...exceptions].sort((a, b) => a[0] - b[0]);
	// maxEnd[k]: the furthest end among the first k+1 exceptions (by start).
	const maxEnd: number[] = [];
	for (const [k, exception] of sorted.entries())
		maxEnd.push(Math.max(exception[1], k > 0 ? maxEnd[k - 1]! : -1));
	return spans.filter(([start, end]) => {
		// The exceptions starting before `end`; one of them overlaps iff the furthest of their ends > start.
		const before = firstStartingAt(sorted, end);
		return before === 0 || maxEnd[before - 1]! <= start;
	});
}
