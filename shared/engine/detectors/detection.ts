import type { Span } from '../finding';
import type { RuleEnv } from '../matchers/rule-matcher';

/** A piece of personal data found in the draft; e-mail detectors also give the address's domain. */
export interface Detection {
	span: Span;
	domain?: string;
}

/** A personal-data detector: reads the shared views of one check. */
export type Detector = (env: RuleEnv) => Detection[];

/** Runs a global, linear regex over the clean text and maps each match to the original draft. */
export function scanClean(env: RuleEnv, regex: RegExp): Span[] {
	const clean = env.views.clean;
	const spans: Span[] = [];
	regex.lastIndex = 0;
	for (let m = regex.exec(clean.text); m; m = regex.exec(clean.text)) {
		const start = m.index;
		spans.push([clean.starts[start]!, clean.ends[start + m[0].length - 1]!]);
	}
	return spans;
}
