import { countWeights, HINT_FEATURES, type HintModel } from '../../pack/hint-model-schema';
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
	/** Clauses whose score reaches their threshold, in the model's clause order. */
	hints: Hint[];
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
 * Compiles a hint model into one map from feature to number and flat arrays of its weights (clause, weight),
 * so compiling is one pass over the weights with no object per feature (it runs at every worker start), and
 * a check is one lookup per word, plus one per pair whose first word starts a weighted pair. Scores as a sum
 * over the DISTINCT features present, exactly as `draftFeatures` lists them for training.
 * @example compileHintModel(pack.model, pack.clauses).score(views.plain, context, draft.length)
 */
export function compileHintModel(
	model: HintModel,
	knownClauses: Readonly<Record<string, unknown>>,
): HintScorer {
	if (model.features !== HINT_FEATURES)
		throw new Error(`hint model: unknown feature set "${model.features}"`);
	const clauses = Object.keys(model.clauses);
	// Clause numbers are stored in bytes below; a pack has at most the 20 clauses of CLAUSES.md.
	if (clauses.length > 255) throw new Error('hint model: more than 255 clauses');
	for (const clause of clauses)
		if (!(clause in knownClauses)) throw new Error(`hint model: unknown clause "${clause}"`);
	const bias = Float64Array.from(clauses, (clause) => model.clauses[clause]!.bias);
	const thresholds = clauses.map((clause) => model.clauses[clause]!.threshold);
	const { veto } = model;

	// Pass 1: number the features (a pair's first word gets a number too, to mark that pairs start there)
	// and count the weights of each. Typed arrays sized for the most features there can be (every weight a
	// new pair with a new first word), and a pair's first word read once per pair, not once per weight:
	// this runs at every worker start, mostly before the JIT has warmed up.
	const total = countWeights(model.clauses);
	const ids = new Map<string, number>();
	const counts = new Int32Array(2 * total);
	const startsPair = new Uint8Array(2 * total);
	const idAt = new Int32Array(total);
	let entry = 0;
	for (const clause of clauses) {
		const weights = model.clauses[clause]!.weights;
		for (let i = 0; i < weights.length; i++) {
			const feature = weights[i]![0];
			let id = ids.get(feature);
			if (id === undefined) {
				ids.set(feature, (id = ids.size));
				const space = feature.indexOf(' ');
				if (space > 0) {
					const first = feature.slice(0, space);
					let firstId = ids.get(first);
					if (firstId === undefined) ids.set(first, (firstId = ids.size));
					startsPair[firstId] = 1;
				}
			}
			counts[id]!++;
			idAt[entry++] = id;
		}
	}
	const features = ids.size;
	// Pass 2: lay the weights out feature by feature (compressed rows).
	const offsets = new Int32Array(features + 1);
	for (let f = 0; f < features; f++) offsets[f + 1] = offsets[f]! + counts[f]!;
	const clauseAt = new Uint8Array(total);
	const weightAt = new Float64Array(total);
	const fill = offsets.slice(0, features);
	entry = 0;
	clauses.forEach((clause, k) => {
		const weights = model.clauses[clause]!.weights;
		for (let i = 0; i < weights.length; i++) {
			const pair = weights[i]!;
			const id = idAt[entry++]!;
			const at = fill[id]!++;
			// A feature's weights are laid out clause by clause, so a repeat shows as the same clause twice running.
			if (at > offsets[id]! && clauseAt[at - 1] === k)
				throw new Error(`hint model: "${pair[0]}" is weighted twice for ${clause}`);
			clauseAt[at] = k;
			weightAt[at] = pair[1];
		}
	});
	// Which check last counted a feature: distinct features without a set per check.
	const seenIn = new Uint32Array(features);
	let round = 0;

	return {
		maxChars: model.maxChars,
		message: model.message,
		score({ words, starts, ends }, context, draftLength) {
			round = round === 0xffffffff ? (seenIn.fill(0), 1) : round + 1;
			const sums = Float64Array.from(bias);
			const strongest = new Float64Array(clauses.length);
			const from = new Int32Array(clauses.length).fill(-1);
			const to = new Int32Array(clauses.length);
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
				const id = ids.get(marker);
				if (id !== undefined) add(id, -1, -1);
			}
			for (let i = 0; i < words.length; i++) {
				const id = ids.get(words[i]!);
				if (id === undefined) continue;
				add(id, starts[i]!, ends[i]!);
				if (startsPair[id] === 1 && i + 1 < words.length) {
					const pair = ids.get(`${words[i]!} ${words[i + 1]!}`);
					if (pair !== undefined) add(pair, starts[i]!, ends[i + 1]!);
				}
			}
			const hints: Hint[] = [];
			const doubted = new Set<string>();
			clauses.forEach((clause, k) => {
				if (veto !== undefined && sums[k]! < veto) doubted.add(clause);
				if (sums[k]! < thresholds[k]!) return;
				// No word weighed for it (context alone): the finding covers the draft.
				hints.push(
					from[k]! < 0 ? { clause, start: 0, end: draftLength } : { clause, start: from[k]!, end: to[k]! },
				);
			});
			return { hints, doubted };
		},
	};
}
