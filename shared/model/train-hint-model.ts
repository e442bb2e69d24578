import type { ClauseHintModel } from '../pack/hint-model-schema';
import { seededShuffle } from './seeded-shuffle';

/** One labelled draft as the trainer sees it: its distinct features and the clauses a reviewer raised. */
export interface TrainingDraft {
	features: readonly string[];
	expect: readonly string[];
	/**
	 * Labelled for the clauses of `expect` only (a rule's example: it breaches its rule's clause, and may
	 * breach others): it teaches those clauses, is no negative for any other, and no threshold is chosen on it.
	 */
	partial?: boolean;
}

/** How to train; the defaults are what the committed model was trained with. */
export interface TrainOptions {
	/** Clauses to model, in order; a clause with too few examples or no useful threshold is left out. */
	clauses: readonly string[];
	folds?: number;
	epochs?: number;
	seed?: number;
	/** Fewer drafts raising a clause than this and it is not modelled. */
	minPositives?: number;
	/** A feature seen in fewer drafts than this is ignored (it would only memorise). */
	minDrafts?: number;
	/** Only this many weights per clause, the largest in size: the model ships inside every pack. */
	maxWeights?: number;
	/** Threshold choice: a right hint counts 1, a wrong clause on a flagged draft this… */
	wrongCost?: number;
	/** …and any hint on a clean draft this (a false alarm teaches people to ignore the nudge). */
	cleanCost?: number;
	/**
	 * The lower threshold, for a draft that already raises another clause: a wrong clause there costs this. It
	 * adds no false alarm (the draft is already flagged), only a clause too many on the card.
	 */
	alongsideCost?: number;
}

/** Out-of-fold figures for one clause at its chosen threshold. */
export interface ClauseReport {
	clause: string;
	positives: number;
	modelled: boolean;
	threshold: number;
	right: number;
	wrong: number;
	clean: number;
	/** The lower threshold, and what it adds on flagged drafts. */
	alongside: number;
	alongsideRight: number;
	alongsideWrong: number;
}

const DEFAULTS = {
	folds: 5,
	epochs: 30,
	seed: 1,
	minPositives: 10,
	minDrafts: 2,
	maxWeights: 8000,
	wrongCost: 2,
	cleanCost: 30,
	alongsideCost: 0.6,
} as const;
const RATE = 0.2;
/** L2 as liblinear's C: the penalty is |w|² / 2 against C × the sum of losses. */
const REGULARISATION = 1;
/** Positives are rarer than negatives; weigh them up to this much more. */
const MAX_POSITIVE_WEIGHT = 5;

/**
 * Trains one logistic regression per clause (SGD, seeded) on distinct word, pair and context features, and
 * picks each clause's threshold from out-of-fold scores so that hints pay their way: right hints minus
 * `wrongCost` per wrong clause minus `cleanCost` per hint on a clean draft, never below even odds. A second,
 * lower threshold (`alongside`) is for drafts that raise another clause anyway, chosen on the flagged drafts
 * alone: right hints minus `alongsideCost` per wrong clause.
 * @example trainHintModel(drafts, { clauses: ['reputation', 'harassment'] }).clauses.reputation?.threshold
 */
export function trainHintModel(
	drafts: readonly TrainingDraft[],
	options: TrainOptions,
): { clauses: Record<string, ClauseHintModel>; report: ClauseReport[] } {
	const o = { ...DEFAULTS, ...options };
	const clauses: Record<string, ClauseHintModel> = {};
	const report: ClauseReport[] = [];
	const fold = (i: number) => i % o.folds;
	// Per fold (and for the final fit): the drafts trained on, and every draft's features as numbers in
	// that fold's vocabulary. They do not depend on the clause, so they are made once.
	const folds = Array.from({ length: o.folds }, (_, k) => {
		const rows = drafts.flatMap((_, i) => (fold(i) === k ? [] : [i]));
		return { rows, ...vocabulary(drafts, rows, o.minDrafts) };
	});
	const all = drafts.map((_, i) => i);
	// Thresholds are chosen on wholly labelled drafts only.
	const whole = drafts.flatMap((d, i) => (d.partial ? [] : [i]));
	const full = vocabulary(drafts, all, o.minDrafts);
	for (const clause of o.clauses) {
		const labels = drafts.map((d) => d.expect.includes(clause));
		const positives = labels.filter(Boolean).length;
		const row: ClauseReport = {
			clause,
			positives,
			modelled: false,
			threshold: 0,
			right: 0,
			wrong: 0,
			clean: 0,
			alongside: 0,
			alongsideRight: 0,
			alongsideWrong: 0,
		};
		report.push(row);
		if (positives < o.minPositives) continue;
		const known = (i: number) => labels[i] || !drafts[i]!.partial;
		const outOfFold = new Float64Array(drafts.length);
		folds.forEach(({ rows, ...indexed }, k) => {
			const fitted = fit(indexed, labels, rows.filter(known), o);
			for (let i = 0; i < drafts.length; i++) if (fold(i) === k) outOfFold[i] = fitted.scoreOf(i);
		});
		const kinds = whole.map((i) => (labels[i] ? 'right' : drafts[i]!.expect.length > 0 ? 'wrong' : 'clean'));
		const chosen = chooseThreshold(
			Float64Array.from(whole, (i) => outOfFold[i]!),
			kinds,
			o.wrongCost,
			o.cleanCost,
			0,
		);
		if (!chosen) continue;
		Object.assign(row, { modelled: true, ...chosen });
		// Flagged drafts stand for the drafts a check raises something on: the rules raise something on nearly
		// every draft that breaches a clause, and a clean draft they flag is a false alarm already.
		const flagged = whole.filter((i) => drafts[i]!.expect.length > 0);
		const below = chooseThreshold(
			Float64Array.from(flagged, (i) => outOfFold[i]!),
			flagged.map((i) => (labels[i] ? 'right' : 'wrong')),
			o.alongsideCost,
			0,
			-Infinity,
		);
		const alongside = Math.min(chosen.threshold, below?.threshold ?? Infinity);
		row.alongside = alongside;
		for (const i of flagged)
			if (outOfFold[i]! >= alongside && outOfFold[i]! < chosen.threshold) {
				if (labels[i]) row.alongsideRight++;
				else row.alongsideWrong++;
			}
		const fitted = fit(full, labels, all.filter(known), o);
		clauses[clause] = {
			bias: round(fitted.bias),
			threshold: roundDown(chosen.threshold),
			...(alongside < chosen.threshold ? { alongside: roundDown(alongside) } : {}),
			weights: fitted.weights(),
		};
	}
	return { clauses, report };
}

/** A vocabulary and every draft's features as its numbers (features outside it dropped). */
interface Indexed {
	vocab: Map<string, number>;
	indices: number[][];
}

/** Features seen in at least `minDrafts` of the drafts in `rows`, numbered; every draft in those numbers. */
function vocabulary(drafts: readonly TrainingDraft[], rows: readonly number[], minDrafts: number): Indexed {
	const counts = new Map<string, number>();
	for (const i of rows) for (const f of drafts[i]!.features) counts.set(f, (counts.get(f) ?? 0) + 1);
	const vocab = new Map<string, number>();
	for (const [feature, count] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
		if (count >= minDrafts) vocab.set(feature, vocab.size);
	return { vocab, indices: drafts.map((d) => d.features.flatMap((f) => vocab.get(f) ?? [])) };
}

function fit(
	{ vocab, indices }: Indexed,
	labels: readonly boolean[],
	rows: readonly number[],
	o: Required<Omit<TrainOptions, 'clauses'>>,
) {
	// w = scale × v: the L2 decay of every weight at every step is one multiplication of `scale`, and a
	// step touches only the draft's own features.
	const v = new Float64Array(vocab.size);
	let scale = 1;
	let bias = 0;
	const positives = rows.filter((i) => labels[i]).length;
	const positiveWeight = Math.min(MAX_POSITIVE_WEIGHT, (rows.length - positives) / Math.max(positives, 1));
	const lambda = 1 / (REGULARISATION * rows.length);
	let step = 0;
	for (let epoch = 0; epoch < o.epochs; epoch++) {
		for (const i of seededShuffle(rows, o.seed * 1000 + epoch)) {
			const rate = RATE / (1 + RATE * lambda * step++);
			let z = 0;
			for (const f of indices[i]!) z += v[f]!;
			z = z * scale + bias;
			const gradient = (1 / (1 + Math.exp(-z)) - (labels[i] ? 1 : 0)) * (labels[i] ? positiveWeight : 1);
			scale *= 1 - rate * lambda;
			bias -= rate * gradient;
			const delta = (rate * gradient) / scale;
			for (const f of indices[i]!) v[f] = v[f]! - delta;
			if (scale < 1e-9) {
				for (let f = 0; f < v.length; f++) v[f] = v[f]! * scale;
				scale = 1;
			}
		}
	}
	const w = v.map((x) => x * scale);
	// Keep the largest weights only, before scoring, so the thresholds are chosen for the model that ships.
	if (o.maxWeights < w.length) {
		const cut = [...w].map(Math.abs).sort((a, b) => b - a)[o.maxWeights - 1]!;
		for (let f = 0; f < w.length; f++) if (Math.abs(w[f]!) < cut) w[f] = 0;
	}
	return {
		bias,
		/** The score of draft `i`. */
		scoreOf(i: number) {
			let z = bias;
			for (const f of indices[i]!) z += w[f]!;
			return z;
		},
		/** [feature, weight] pairs rounded to 3 places, largest first; those that round to 0 are dropped. */
		weights() {
			const out: [string, number][] = [];
			for (const [feature, at] of vocab) {
				const value = round(w[at]!);
				if (value !== 0) out.push([feature, value]);
			}
			return out.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1));
		},
	};
}

/**
 * The score at which hints pay their way best on out-of-fold scores (ties move together), never below
 * `floor`, or none.
 */
function chooseThreshold(
	scores: Float64Array,
	kinds: readonly ('right' | 'wrong' | 'clean')[],
	wrongCost: number,
	cleanCost: number,
	floor: number,
): { threshold: number; right: number; wrong: number; clean: number } | undefined {
	const order = [...scores.keys()].sort((a, b) => scores[b]! - scores[a]!);
	let utility = 0;
	let best: { threshold: number; right: number; wrong: number; clean: number; utility: number } | undefined;
	const counts = { right: 0, wrong: 0, clean: 0 };
	for (let at = 0; at < order.length; at++) {
		const i = order[at]!;
		if (scores[i]! < floor) break;
		counts[kinds[i]!]++;
		utility += kinds[i] === 'right' ? 1 : kinds[i] === 'wrong' ? -wrongCost : -cleanCost;
		const next = order[at + 1];
		if (next !== undefined && scores[next] === scores[i]) continue;
		if (utility > (best?.utility ?? 0)) best = { threshold: scores[i]!, ...counts, utility };
	}
	if (!best) return undefined;
	const { utility: _, ...chosen } = best;
	return chosen;
}

function round(value: number): number {
	return Math.round(value * 1000) / 1000 || 0;
}

/** A threshold to 3 places, rounded down so that the draft it was chosen at still reaches it. */
function roundDown(value: number): number {
	return Math.floor(value * 1000) / 1000;
}
