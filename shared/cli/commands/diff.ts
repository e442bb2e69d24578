import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

import { diffPacks } from '../../pack/pack-diff';
import { parsePublishedPack, type PublishedPack } from '../../pack/published-pack';

export const diffUsage = 'diff OLD NEW                      what changed between two built packs, in words';

/** `rules diff OLD NEW`: the changes between two built packs, for a person to review before signing. */
export async function diffCommand(argv: string[]): Promise<number> {
	const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} });
	if (positionals.length !== 2) {
		console.error(`usage: rules ${diffUsage}`);
		return 2;
	}
	const packs: PublishedPack[] = [];
	for (const file of positionals) {
		const bytes = await readFile(file).catch((error: Error) => error);
		const pack = bytes instanceof Error ? bytes : parsePublishedPack(bytes, file);
		if (pack instanceof Error) {
			console.error(`diff: ${pack.message}`);
			return 1;
		}
		packs.push(pack);
	}
	const [before, after] = packs as [PublishedPack, PublishedPack];
	console.log(diffPacks(before, after).join('\n'));
	return 0;
}
