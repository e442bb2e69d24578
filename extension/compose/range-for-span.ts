import type { DraftSnapshot } from './read-draft';

/**
 * Maps a span of the draft text (as `readDraft` read it) back to a DOM Range over the editor's own text
 * nodes, or null when the span has no text there (line breaks only) or the nodes have since changed.
 */
export function rangeForSpan({ segments }: DraftSnapshot, start: number, end: number): Range | null {
	if (end <= start) return null;
	const first = segments.find((s) => s.start + s.length > start);
	const last = segments.findLast((s) => s.start < end);
	if (!first || !last || first.start >= end || !first.node.isConnected || !last.node.isConnected) return null;
	const startOffset = first.nodeOffset + Math.max(0, start - first.start);
	const endOffset = last.nodeOffset + Math.min(last.length, end - last.start);
	if (startOffset > first.node.length || endOffset > last.node.length) return null;
	const range = document.createRange();
	range.setStart(first.node, startOffset);
	range.setEnd(last.node, endOffset);
	return range;
}
