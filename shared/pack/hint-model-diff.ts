import type { ClauseHintModel, HintModel } from './hint-model-schema';
import { unpackHintModel } from './pack-hint-model';

/**
 * What changed in the hint model, summed up (its weights are too many to list): added, removed, or per clause
 * its thresholds and how many weights changed; plus its message, length limit and veto.
 * @example diffHintModels(before.model, after.model) → ['Hint model reputation: threshold 8.276 → 7.9, 212 of 1000 weights changed']
 */
export function diffHintModels(before: HintModel | undefined, after: HintModel | undefined): string[] {
	if (!before && !after) return [];
	if (!before) return [`Hint model added: ${describe(after!)}`];
	if (!after) return [`Hint model removed (it had ${describe(before)})`];
	const lines: string[] = [];
	if (before.message !== after.message) lines.push(`Hint model: message changed to “${after.message}”`);
	if (before.maxChars !== after.maxChars)
		lines.push(`Hint model: maxChars ${before.maxChars} → ${after.maxChars}`);
	const [was, now] = [new Set(before.vetoRules), new Set(after.vetoRules)];
	const [added, removed] = [[...now].filter((r) => !was.has(r)), [...was].filter((r) => !now.has(r))];
	if (added.length > 0) lines.push(`Hint model: the veto may now overrule ${added.join(', ')}`);
	if (removed.length > 0) lines.push(`Hint model: the veto no longer overrules ${removed.join(', ')}`);
	if (before.veto !== after.veto)
		lines.push(
			`Hint model: veto ${before.veto ?? 'none'} → ${after.veto ?? 'none'} (rules' findings it doubts are dropped)`,
		);
	const [a, b] = [unpackHintModel(before), unpackHintModel(after)];
	for (const clause of [...new Set([...Object.keys(a.clauses), ...Object.keys(b.clauses)])].sort())
		lines.push(...diffLinear(`Hint model ${clause}`, a.clauses[clause], b.clauses[clause]));
	lines.push(...diffLinear('Hint model breach (any clause)', a.breach, b.breach));
	return lines;
}

/** One linear model (a clause's, or the breach model) before and after. */
function diffLinear(name: string, a: ClauseHintModel | undefined, b: ClauseHintModel | undefined): string[] {
	if (!a && !b) return [];
	if (!a) return [`${name}: added (${b!.weights.length} weight${b!.weights.length === 1 ? '' : 's'})`];
	if (!b) return [`${name}: removed`];
	const [was, now] = [new Map(a.weights), new Map(b.weights)];
	const features = new Set([...was.keys(), ...now.keys()]);
	const changed = [...features].filter((f) => was.get(f) !== now.get(f)).length;
	const parts = [
		a.threshold !== b.threshold ? `threshold ${a.threshold} → ${b.threshold}` : '',
		a.alongside !== b.alongside
			? `alongside ${a.alongside ?? 'none'} → ${b.alongside ?? 'none'} (the threshold beside another clause)`
			: '',
		a.bias !== b.bias ? `bias ${a.bias} → ${b.bias}` : '',
		changed > 0 ? `${changed} of ${features.size} weights changed` : '',
	].filter(Boolean);
	return parts.length > 0 ? [`${name}: ${parts.join(', ')}`] : [];
}

function describe(model: HintModel): string {
	const weights = model.weightValues.length;
	const clauses = Object.keys(model.clauses).length;
	return `${clauses} clause${clauses === 1 ? '' : 's'}, ${weights} weight${weights === 1 ? '' : 's'}`;
}
