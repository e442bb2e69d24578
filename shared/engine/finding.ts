import type { Severity } from '../pack/schema';

/** One nudge: which clause and rule, how strongly, and where in the ORIGINAL draft (UTF-16 offsets). */
export interface Finding {
	clause: string;
	rule: string;
	severity: Severity;
	start: number;
	end: number;
	message: string;
}

/** A span of the original draft, [start, end). */
export type Span = readonly [start: number, end: number];

/**
 * Sorts spans and merges the overlapping ones, so a rule reports each stretch of text once.
 * @example mergeSpans([[4, 9], [0, 5], [12, 14]]) → [[0, 9], [12, 14]]
 */
export function mergeSpans(spans: readonly Span[]): Span[] {
	// Most rules find nothing, most that do find one span: no copies for those (this runs for every rule).
	if (spans.length === 0) return [];
	if (spans.length === 1) return [spans[0]!];
	const sorted = [...spans].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
	const merged: [number, number][] = [];
	for (const [start, end] of sorted) {
		const last = merged.at(-1);
		if (last && start < last[1]) last[1] = Math.max(last[1], end);
		else if (last && start === last[0] && end === last[1]) continue;
		else merged.push([start, end]);
	}
	return merged;
}

/** Index of the first span starting at or after `value`, in spans sorted by start. @example firstStartingAt([[0, 2], [5, 6]], 3) === 1 */
export function firstStartingAt(sorted: readonly Span[], value: number): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if (sorted[mid]![0] < value) low = mid + 1;
		else high = mid;
	}
	return low;
}

/** True when span `a` overlaps span `b` (an empty span overlaps what contains it). */
export function overlaps(a: Span, b: Span): boolean {
	return a[0] < b[1] && b[0] < a[1];
}

/** Orders findings by position, then rule id, for stable output. @example findings.sort(compareFindings) */
export function compareFindings(a: Finding, b: Finding): number {
	return a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
