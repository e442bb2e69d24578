import { z } from 'zod';

import { platformSchema, surfaceSchema } from '../engine/context';
import type { Engine } from '../engine/create-engine';
import type { Finding } from '../engine/finding';
import type { ScoredDraft } from '../eval/score-corpus';

const corpusLine = z.looseObject({
	id: z.string(),
	text: z.string(),
	platform: platformSchema,
	surface: surfaceSchema,
	images: z.int().min(0).default(0),
	expect: z.array(z.string()),
});
export type CorpusDraft = z.infer<typeof corpusLine>;

/** Parses a labelled corpus (corpus/README.md format), one JSON object a line. */
export function readCorpus(text: string): CorpusDraft[] {
	return text
		.split('\n')
		.filter((line) => line.trim() !== '')
		.map((line) => corpusLine.parse(JSON.parse(line)));
}

/**
 * Runs each corpus draft through the engine (no time: no working-time) and pairs expected with found clauses;
 * `keep` leaves some findings out (e.g. the hint model's).
 */
export function checkCorpus(
	engine: Engine,
	drafts: readonly CorpusDraft[],
	keep: (finding: Finding) => boolean = () => true,
): (ScoredDraft & { id: string })[] {
	return drafts.map((d) => ({
		id: d.id,
		expect: d.expect,
		found: [
			...new Set(
				engine
					.check(d.text, { platform: d.platform, surface: d.surface, images: d.images })
					.filter(keep)
					.map((f) => f.clause),
			),
		],
	}));
}
