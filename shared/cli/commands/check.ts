import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';

import { checkContextSchema } from '../../engine/context';
import { compilePack } from '../../engine/create-engine';
import { formatIssue } from '../../pack/pack-issue';
import { resolvePack } from '../resolve-pack';

export const checkUsage = 'check --jsonl FILE [--pack DIR_OR_FILE]   one line of findings per draft, JSON';

const draftLine = z.looseObject({
	id: z.union([z.string(), z.number()]),
	text: z.string(),
	platform: checkContextSchema.shape.platform,
	surface: checkContextSchema.shape.surface,
	images: z.int().min(0).default(0),
	time: checkContextSchema.shape.time,
});

/**
 * `rules check --jsonl FILE`: reads drafts `{id, text, platform, surface, images, time?}` one per line and
 * prints exactly one line `{"id", "findings": [{clause, rule, severity, start, end}]}` per draft to stdout,
 * nothing else. Problems go to stderr; exit 1 if any line was unreadable, 2 on bad usage.
 */
export async function checkCommand(argv: string[]): Promise<number> {
	let values: { jsonl?: string; pack?: string };
	try {
		({ values } = parseArgs({
			args: argv,
			options: { jsonl: { type: 'string' }, pack: { type: 'string' } },
		}));
	} catch (error) {
		console.error(`${(error as Error).message}\nusage: rules ${checkUsage}`);
		return 2;
	}
	if (!values.jsonl) {
		console.error(`usage: rules ${checkUsage}`);
		return 2;
	}
	const input: string | Error = await readFile(values.jsonl, 'utf8').catch((error: Error) => error);
	if (input instanceof Error) {
		console.error(`check: ${input.message}`);
		return 2;
	}
	const { pack, issues, dir } = await resolvePack(values.pack ? path.resolve(values.pack) : undefined);
	if (!pack) {
		for (const issue of issues) console.error(path.join(dir, formatIssue(issue)));
		return 1;
	}
	const engine = compilePack(pack);
	const out: string[] = [];
	let failed = false;
	input.split('\n').forEach((raw, index) => {
		if (raw.trim() === '') return;
		let draft: z.infer<typeof draftLine>;
		try {
			draft = draftLine.parse(JSON.parse(raw));
		} catch (error) {
			failed = true;
			const message =
				error instanceof z.ZodError ? z.prettifyError(error).replaceAll('\n', ' ') : (error as Error).message;
			console.error(`${values.jsonl}:${index + 1}: ${message}`);
			return;
		}
		const { id, text, platform, surface, images, time } = draft;
		const findings = engine
			.check(text, { platform, surface, images, ...(time ? { time } : {}) })
			.map(({ clause, rule, severity, start, end }) => ({ clause, rule, severity, start, end }));
		out.push(JSON.stringify({ id, findings }));
	});
	if (out.length > 0)
		await new Promise<void>((resolve) => process.stdout.write(`${out.join('\n')}\n`, () => resolve()));
	return failed ? 1 : 0;
}
