import { HINT_FEATURES, type HintModel } from '../../pack/hint-model-schema';
import type { DraftWords } from '../normalize/draft-words';
import { contextFeatures, type HintContext } from './hint-features';

/** A clause the model raises, with the words that weighed most for it (or the whole draft). */
export interface Hint {
	clause: string;
	start: number;
	end: number;
}

/** A compiled hint model. */
export interface HintScorer {
	readonly maxChars: number;
	readonly message: string;
	/** Clauses whose score reaches their threshold, in the model's clause order. */
	score(words: DraftWords, context: HintContext, draftLength: number): Hint[];
}

/** The weights of one feature: which clauses, how much. */
interface Weights {
	clauses: number[];
	weights: number[];
}

/** A word's own weights and those of the pairs it starts: pairs are found without building strings. */
interface WordEntry {
	own?: Weights;
	next?: Map<string, Weights>;
}

/**
 * Compiles a hint model into one map from word to weights, so a check is one lookup per word (and one more
 * per pair whose first word starts a weighted pair). Scores as a sum over the DISTINCT features present,
 * exactly as `draftFeatures` lists them for training.
 * @example compileHintModel(pack.model, pack.clauses).score(views.plain, context, draft.length)
 */
export function compileHintModel(
	model: HintModel,
	knownClauses: Readonly<Record<string, unknown>>,
): HintScorer {
	if (model.features !== HINT_FEATURES)
		throw new Error(`hint model: unknown feature set "${model.features}"`);
	const clauses = Object.keys(model.clauses);
	const bias = clauses.map((clause) => model.clauses[clause]!.bias);
	const thresholds = clauses.map((clause) => model.clauses[clause]!.threshold);
	const words = new Map<string, WordEntry>();
	const markers = new Map<string, Weights>();
	const weightsOf = (entry: WordEntry | Map<string, Weights>, key?: string): Weights => {
		if (entry instanceof Map) {
			let found = entry.get(key!);
			if (!found) entry.set(key!, (found = { clauses: [], weights: [] }));
			return found;
		}
		return (entry.own ??= { clauses: [], weights: [] });
	};
	clauses.forEach((clause, index) => {
		if (!(clause in knownClauses)) throw new Error(`hint model: unknown clause "${clause}"`);
		for (const [feature, weight] of Object.entries(model.clauses[clause]!.weights)) {
			let target: Weights;
			if (feature.startsWith('§')) target = weightsOf(markers, feature);
			else {
				const space = feature.indexOf(' ');
				const first = space < 0 ? feature : feature.slice(0, space);
				let entry = words.get(first);
				if (!entry) words.set(first, (entry = {}));
				target =
					space < 0 ? weightsOf(entry) : weightsOf((entry.next ??= new Map()), feature.slice(space + 1));
			}
			target.clauses.push(index);
			target.weights.push(weight);
		}
	});

	return {
		maxChars: model.maxChars,
		message: model.message,
		score({ words: draft, starts, ends }, context, draftLength) {
			const sums = Float64Array.from(bias);
			const strongest = new Float64Array(clauses.length);
			const from = new Int32Array(clauses.length).fill(-1);
			const to = new Int32Array(clauses.length);
			const seen = new Set<Weights>();
			const add = (weights: Weights, start: number, end: number) => {
				if (seen.has(weights)) return;
				seen.add(weights);
				for (let k = 0; k < weights.clauses.length; k++) {
					const clause = weights.clauses[k]!;
					const weight = weights.weights[k]!;
					sums[clause]! += weight;
					if (start >= 0 && weight > strongest[clause]!) {
						strongest[clause] = weight;
						from[clause] = start;
						to[clause] = end;
					}
				}
			};
			for (const marker of contextFeatures(context)) {
				const weights = markers.get(marker);
				if (weights) add(weights, -1, -1);
			}
			for (let i = 0; i < draft.length; i++) {
				const entry = words.get(draft[i]!);
				if (!entry) continue;
				if (entry.own) add(entry.own, starts[i]!, ends[i]!);
				const pair = i + 1 < draft.length ? entry.next?.get(draft[i + 1]!) : undefined;
				if (pair) add(pair, starts[i]!, ends[i + 1]!);
			}
			const hints: Hint[] = [];
			clauses.forEach((clause, k) => {
				if (sums[k]! < thresholds[k]!) return;
				// No word weighed for it (context alone): the finding covers the draft.
				hints.push(
					from[k]! < 0 ? { clause, start: 0, end: draftLength } : { clause, start: from[k]!, end: to[k]! },
				);
			});
			return hints;
		},
	};
}
