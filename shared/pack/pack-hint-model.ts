import type { ClauseHintModel, HintModel, HintModelFile } from './hint-model-schema';

/**
 * hint-model.yaml as the built pack carries it: the features of every clause in one sorted vocabulary, each
 * feature's weights clause by clause in flat lists. Throws on a feature weighted twice for one clause.
 * @example packHintModel(file).vocabulary → ['§images', 'kerfuffle', 'staff room']
 */
export function packHintModel(file: HintModelFile): HintModel {
	const { clauses, ...head } = file;
	const byFeature = new Map<string, [number, number][]>();
	Object.entries(clauses).forEach(([clause, { weights }], k) => {
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
			Object.entries(clauses).map(([clause, { bias, threshold }]) => [clause, { bias, threshold }]),
		),
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
	const { clauses, vocabulary, weightCounts, weightClauses, weightValues, ...head } = model;
	const unpacked: Record<string, ClauseHintModel> = {};
	const byNumber = Object.entries(clauses).map(([clause, { bias, threshold }]) => {
		const weights: [string, number][] = [];
		unpacked[clause] = { bias, threshold, weights };
		return weights;
	});
	let at = 0;
	vocabulary.forEach((feature, f) => {
		for (const end = at + weightCounts[f]!; at < end; at++)
			byNumber[weightClauses[at]!]!.push([feature, weightValues[at]!]);
	});
	return { ...head, clauses: unpacked };
}
