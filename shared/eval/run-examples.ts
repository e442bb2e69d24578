import { PUBLIC_SURFACES, type CheckContext, type Surface } from '../engine/context';
import type { Engine } from '../engine/create-engine';
import type { RuleSource } from '../pack/load-pack-dir';
import type { Example, Rule, RulePack } from '../pack/schema';

/** The outcome of one example of one rule. */
export interface ExampleResult {
	rule: string;
	file: string;
	line: number;
	expectation: 'flag' | 'allow';
	text: string;
	ok: boolean;
	/** Why it failed, for the author. */
	problem?: string;
}

const SURFACE_ORDER: Surface[] = ['post', 'comment', 'reply', 'bio', 'recommendation', 'dm', 'email-field'];

/**
 * The context an example runs in: its own fields, else what the rule's `when` asks for, else a Facebook
 * post with no images.
 * @example exampleContext(rule, 'text only') → { platform: 'facebook', surface: 'post', images: 0 }
 */
export function exampleContext(rule: Rule, example: Example): CheckContext {
	const own: Exclude<Example, string> = typeof example === 'string' ? { text: example } : example;
	const when = rule.when;
	const surface =
		own.surface ??
		when?.surfaces?.[0] ??
		SURFACE_ORDER.find(
			(s) =>
				s !== 'email-field' &&
				!when?.notSurfaces?.includes(s) &&
				(when?.public === undefined || PUBLIC_SURFACES.has(s) === when.public),
		) ??
		'post';
	return {
		platform: own.platform ?? when?.platforms?.[0] ?? 'facebook',
		surface,
		images: own.images ?? when?.minImages ?? 0,
		...(own.time ? { time: own.time } : {}),
	};
}

/**
 * Runs every rule's examples: a `flag` example must raise the rule (on `match`'s words, if given), an
 * `allow` example must not raise it.
 * @example runExamples(engine, pack, sources).filter(r => !r.ok)
 */
export function runExamples(
	engine: Engine,
	pack: RulePack,
	sources?: ReadonlyMap<string, RuleSource>,
): ExampleResult[] {
	const results: ExampleResult[] = [];
	for (const rule of pack.rules) {
		const source = sources?.get(rule.id);
		for (const expectation of ['flag', 'allow'] as const) {
			rule.examples[expectation].forEach((example, index) => {
				const text = typeof example === 'string' ? example : example.text;
				const findings = engine.check(text, exampleContext(rule, example)).filter((f) => f.rule === rule.id);
				const match = typeof example === 'string' ? undefined : example.match;
				let problem: string | undefined;
				if (expectation === 'allow' && findings.length > 0)
					problem = `raised on "${findings.map((f) => text.slice(f.start, f.end)).join('", "')}"`;
				else if (expectation === 'flag' && findings.length === 0) problem = 'not raised';
				else if (
					expectation === 'flag' &&
					match &&
					!findings.some((f) => text.slice(f.start, f.end).toLowerCase() === match.toLowerCase())
				)
					problem = `raised on "${findings.map((f) => text.slice(f.start, f.end)).join('", "')}", not "${match}"`;
				results.push({
					rule: rule.id,
					file: source?.file ?? `${rule.id}.yaml`,
					line: source?.exampleLines[expectation][index] ?? 1,
					expectation,
					text,
					ok: problem === undefined,
					...(problem ? { problem } : {}),
				});
			});
		}
	}
	return results;
}
