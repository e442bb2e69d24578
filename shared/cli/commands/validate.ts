import path from 'node:path';
import { parseArgs } from 'node:util';

import { compilePack } from '../../engine/create-engine';
import { formatIssue } from '../../pack/pack-issue';
import { resolvePack } from '../resolve-pack';

export const validateUsage =
	'validate DIR                     check the pack: schema, clauses, lexicons, terms, patterns';

/** `rules validate DIR`: prints `file:line:column:code:message` per problem (sorted); exit 1 if any. */
export async function validateCommand(argv: string[]): Promise<number> {
	const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} });
	if (positionals.length !== 1) {
		console.error(`usage: rules ${validateUsage}`);
		return 2;
	}
	const dir = positionals[0]!;
	const { pack, issues } = await resolvePack(path.resolve(dir));
	for (const issue of issues) console.log(path.join(dir, formatIssue(issue)));
	if (!pack) {
		console.error(`validate: ${issues.length} problem(s)`);
		return 1;
	}
	try {
		compilePack(pack);
	} catch (error) {
		console.log(`${dir}:1:1:E_COMPILE:${(error as Error).message}`);
		return 1;
	}
	console.error(
		`validate: ${pack.rules.length} rules, ${Object.keys(pack.clauses).length} clauses, no problems`,
	);
	return 0;
}
