/**
 * A text with, for each UTF-16 unit, the span of the ORIGINAL draft it came from. Every normaliser maps a
 * MappedText to a MappedText, so offsets found in any normalised view map straight back to the draft.
 */
export interface MappedText {
	readonly text: string;
	/** starts[i]: original offset where text[i] begins. */
	readonly starts: Int32Array;
	/** ends[i]: original offset where text[i] ends. */
	readonly ends: Int32Array;
}

// 0, 1, 2, …: every identity mapping is a view of this one array (nothing writes into a MappedText's
// arrays), so a check of a long draft does not allocate and fill two arrays of its length.
let counting = new Int32Array(0);

/** The draft itself, each unit mapped to itself. @example identityText('hi').ends[1] === 2 */
export function identityText(text: string): MappedText {
	if (counting.length < text.length + 1) {
		counting = new Int32Array(Math.max(text.length + 1, counting.length * 2, 1024));
		for (let i = 0; i < counting.length; i++) counting[i] = i;
	}
	return { text, starts: counting.subarray(0, text.length), ends: counting.subarray(1, text.length + 1) };
}

/** Maps the span [start, end) of a normalised text to the original draft. @example mapSpan(t, 0, 3) */
export function mapSpan(mapped: MappedText, start: number, end: number): [number, number] {
	if (end <= start) {
		const at = start < mapped.text.length ? mapped.starts[start]! : originalLength(mapped);
		return [at, at];
	}
	return [mapped.starts[start]!, mapped.ends[end - 1]!];
}

function originalLength(mapped: MappedText): number {
	return mapped.text.length === 0 ? 0 : mapped.ends[mapped.text.length - 1]!;
}

/** Builds a MappedText from pieces of another one, carrying the original offsets through. */
export class MappedTextBuilder {
	private readonly pieces: string[] = [];
	private starts: Int32Array;
	private ends: Int32Array;
	private length = 0;

	constructor(private readonly source: MappedText) {
		this.starts = new Int32Array(source.text.length + 16);
		this.ends = new Int32Array(source.text.length + 16);
	}

	/** Appends `piece`, every unit of it standing for source units [from, to). */
	push(piece: string, from: number, to: number): void {
		const start = this.source.starts[from]!;
		const end = this.source.ends[to - 1]!;
		if (this.length + piece.length > this.starts.length) this.grow(piece.length);
		for (let k = 0; k < piece.length; k++) {
			this.starts[this.length] = start;
			this.ends[this.length] = end;
			this.length++;
		}
		this.pieces.push(piece);
	}

	/** Copies source units [from, to) unchanged, each keeping its own mapping. */
	copy(from: number, to: number): void {
		if (to <= from) return;
		if (this.length + (to - from) > this.starts.length) this.grow(to - from);
		this.starts.set(this.source.starts.subarray(from, to), this.length);
		this.ends.set(this.source.ends.subarray(from, to), this.length);
		this.length += to - from;
		this.pieces.push(this.source.text.slice(from, to));
	}

	/** The text pushed so far from output index `from` to `to` (for the current, not yet built, text). */
	lastPieces(from: number, to: number): string {
		let text = '';
		let at = this.length;
		for (let k = this.pieces.length - 1; k >= 0 && at > from; k--) {
			const piece = this.pieces[k]!;
			text = piece + text;
			at -= piece.length;
		}
		return text.slice(from - at, to - at);
	}

	/** The finished text. */
	build(): MappedText {
		return {
			text: this.pieces.join(''),
			starts: this.starts.subarray(0, this.length),
			ends: this.ends.subarray(0, this.length),
		};
	}

	private grow(extra: number): void {
		const size = Math.max(this.starts.length * 2, this.length + extra);
		const starts = new Int32Array(size);
		const ends = new Int32Array(size);
		starts.set(this.starts);
		ends.set(this.ends);
		this.starts = starts;
		this.ends = ends;
	}
}
