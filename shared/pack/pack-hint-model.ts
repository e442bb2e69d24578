import type { ClauseHintModel, HintModel, HintModelFile } from './hint-model-schema';

/**
 * The clauses of a model in the order its weights number them: sorted by id, so that the numbers hold in a
 * published pack, whose keys canonical JSON sorts. @example hintModelClauses({ reputation: …, consent: … }) → ['consent', 'reputation']
 */
export function hintModelClauses(clauses: Readonly<Record<string, unknown>>): string[] {
	return Object.keys(clauses).sort();
}

/**
 * hint-model.yaml as the built pack carries it: the features of every clause in one sorted vocabulary, each
 * feature's weights clause by clause in flat lists. Throws on a feature weighted twice for one clause.
 * @example packHintModel(file).vocabulary → ['kerfuffle', 'staff room', '§images']
 */
export function packHintModel(file: HintModelFile): HintModel {
	const { clauses, breach, ...head } = file;
	const byFeature = new Map<string, [number, number][]>();
	const models = hintModelClauses(clauses).map((clause) => [clause, clauses[clause]!.weights] as const);
	// The breach model, if any, is numbered one past the last clause.
	if (breach) models.push(['the breach model', breach.weights]);
	models.forEach(([clause, weights], k) => {
		for (const [feature, weight] of weights) {
			let row = byFeature.get(feature);
			if (!row) byFeature.set(feature, (row = []));
			if (row.at(-1)?.[0] === k) throw new Error(`hint model: "${feature}" is weighted twice for ${clause}`);
			row.push([k, weight]);
		}
	});
	const vocabulary = [...byFeature.keys()].sort();
	const rows = vocabulary.map((feature) => byFeature.get(feature)!);
	return {
		...head,
		clauses: Object.fromEntries(
			hintModelClauses(clauses).map((clause) => {
				const { weights: _, ...thresholds } = clauses[clause]!;
				return [clause, thresholds];
			}),
		),
		...(breach ? { breach: { bias: breach.bias, threshold: breach.threshold } } : {}),
		vocabulary,
		weightCounts: rows.map((row) => row.length),
		weightClauses: rows.flatMap((row) => row.map(([k]) => k)),
		weightValues: rows.flatMap((row) => row.map(([, weight]) => weight)),
	};
}

/**
 * The pack's hint model back in the form of hint-model.yaml, each clause's weights in vocabulary order.
 * @example unpackHintModel(pack.model).clauses.reputation.weights → [['kerfuffle', 1], ['staff room', 1.5]]
 */
export function unpackHintModel(model: HintModel): HintModelFile {
	const { clauses, breach, vocabulary, weightCounts, weightClauses, weightValues, ...head } = model;
	const unpacked: Record<string, ClauseHintModel> = {};
	const byNumber = hintModelClauses(clauses).map((clause) => {
		const weights: [string, number][] = [];
		unpacked[clause] = { ...clauses[clause]!, weights };
		return weights;
	});
	const file: HintModelFile = { ...head, clauses: unpacked };
	if (breach) byNumber.push((file.breach = { ...breach, weights: [] }).weights);
	let at = 0;
	vocabulary.forEach((feature, f) => {
		for (const end = at + weightCounts[f]!; at < end; at++)
			byNumber[weightClauses[at]!]!.push([feature, weightValues[at]!]);
	});
	return file;
}
