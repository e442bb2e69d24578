import { HINT_FEATURES, type HintModel } from '../../pack/hint-model-schema';
import { hintModelClauses } from '../../pack/pack-hint-model';
import { findSorted } from '../find-sorted';
import type { DraftWords } from '../normalize/draft-words';
import { contextFeatures, type HintContext } from './hint-features';

/** A clause the model raises, with the words that weighed most for it (or the whole draft). */
export interface Hint {
	clause: string;
	start: number;
	end: number;
}

/** What the model makes of one draft. */
export interface HintReading {
	/** Clauses whose score reaches their threshold, in the order of their ids. */
	hints: Hint[];
	/** Clauses whose score reaches their lower threshold only: hints for a draft that raises another clause. */
	alongside: Hint[];
	/**
	 * When the breach model's score reaches its threshold: the clause the draft reads most like (furthest above,
	 * or least below, its lower threshold), for a draft nothing else raised.
	 */
	breach?: Hint;
	/** Clauses whose score is below the model's veto: the findings of the rules it may doubt are dropped. */
	doubted: ReadonlySet<string>;
}

/** A compiled hint model. */
export interface HintScorer {
	readonly maxChars: number;
	readonly message: string;
	/** The model's hints and doubts for one draft. */
	score(words: DraftWords, context: HintContext, draftLength: number): HintReading;
}

/**
 * Compiles a hint model (the pack's form: one sorted vocabulary, flat weights) into typed arrays, reading no
 * feature, since it runs at every worker start; a check finds each word, and each pair of words, by binary
 * search in the vocabulary. Scores as a sum over the DISTINCT features present, exactly as `draftFeatures`
 * lists them for training.
 * @example compileHintModel(pack.model, pack.clauses).score(views.plain, context, draft.length)
 */
export function compileHintModel(
	model: HintModel,
	knownClauses: Readonly<Record<string, unknown>>,
): HintScorer {
	if (model.features !== HINT_FEATURES)
		throw new Error(`hint model: unknown feature set "${model.features}"`);
	const clauses = hintModelClauses(model.clauses);
	// Clause numbers (and the breach model's, one past them) are stored in bytes below; a pack has at most the
	// 20 clauses of CLAUSES.md.
	if (clauses.length > 255) throw new Error('hint model: more than 255 clauses');
	for (const clause of clauses)
		if (!(clause in knownClauses)) throw new Error(`hint model: unknown clause "${clause}"`);
	const bias = Float64Array.from(clauses, (clause) => model.clauses[clause]!.bias);
	// A check's sums start from the biases; the breach model, if any, sums one past the last clause.
	const sumsOf = () => {
		const sums = new Float64Array(clauses.length + 1);
		sums.set(bias);
		sums[clauses.length] = model.breach?.bias ?? 0;
		return sums;
	};
	const thresholds = clauses.map((clause) => model.clauses[clause]!.threshold);
	const lower = clauses.map((clause, k) =>
		Math.min(model.clauses[clause]!.alongside ?? Infinity, thresholds[k]!),
	);
	const { veto, vocabulary } = model;
	// Compressed rows: feature f's weights are at offsets[f] … offsets[f + 1], clause by clause.
	const features = vocabulary.length;
	const offsets = new Int32Array(features + 1);
	for (let f = 0; f < features; f++) offsets[f + 1] = offsets[f]! + model.weightCounts[f]!;
	const clauseAt = Uint8Array.from(model.weightClauses);
	const weightAt = Float64Array.from(model.weightValues);
	// Which check last counted a feature: distinct features without a set per check.
	const seenIn = new Uint32Array(features);
	let round = 0;

	return {
		maxChars: model.maxChars,
		message: model.message,
		score({ words, starts, ends }, context, draftLength) {
			round = round === 0xffffffff ? (seenIn.fill(0), 1) : round + 1;
			const sums = sumsOf();
			const strongest = new Float64Array(clauses.length + 1);
			const from = new Int32Array(clauses.length + 1).fill(-1);
			const to = new Int32Array(clauses.length + 1);
			const add = (feature: number, start: number, end: number) => {
				if (seenIn[feature] === round) return;
				seenIn[feature] = round;
				for (let at = offsets[feature]!; at < offsets[feature + 1]!; at++) {
					const k = clauseAt[at]!;
					const weight = weightAt[at]!;
					sums[k]! += weight;
					if (start >= 0 && weight > strongest[k]!) {
						strongest[k] = weight;
						from[k] = start;
						to[k] = end;
					}
				}
			};
			for (const marker of contextFeatures(context)) {
				const id = findSorted(vocabulary, marker);
				if (id >= 0) add(id, -1, -1);
			}
			for (let i = 0; i < words.length; i++) {
				const id = findSorted(vocabulary, words[i]!);
				if (id >= 0) add(id, starts[i]!, ends[i]!);
				if (i + 1 < words.length) {
					const pair = findSorted(vocabulary, `${words[i]!} ${words[i + 1]!}`);
					if (pair >= 0) add(pair, starts[i]!, ends[i + 1]!);
				}
			}
			// No word weighed for it (context alone): the finding covers the draft.
			const hintAt = (k: number): Hint => {
				const clause = clauses[k]!;
				return from[k]! < 0
					? { clause, start: 0, end: draftLength }
					: { clause, start: from[k]!, end: to[k]! };
			};
			const hints: Hint[] = [];
			const alongside: Hint[] = [];
			const doubted = new Set<string>();
			clauses.forEach((clause, k) => {
				if (veto !== undefined && sums[k]! < veto) doubted.add(clause);
				if (sums[k]! < lower[k]!) return;
				(sums[k]! >= thresholds[k]! ? hints : alongside).push(hintAt(k));
			});
			if (!model.breach || clauses.length === 0 || sums[clauses.length]! < model.breach.threshold)
				return { hints, alongside, doubted };
			// The clause furthest above (or least below) its lower threshold; the first in id order on a tie.
			let leading = 0;
			for (let k = 1; k < clauses.length; k++)
				if (sums[k]! - lower[k]! > sums[leading]! - lower[leading]!) leading = k;
			return { hints, alongside, doubted, breach: hintAt(leading) };
		},
	};
}
