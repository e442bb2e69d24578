import path from 'node:path';

import { readPackFiles } from '../../../shared/cli/read-pack-files';
import { compilePack, type Engine } from '../../../shared/engine/create-engine';
import { loadPackDir } from '../../../shared/pack/load-pack-dir';
import type { RulePack } from '../../../shared/pack/schema';
import { formatIssue } from '../../../shared/pack/pack-issue';

/** The folder of the small test pack with one rule of every kind. */
export const MINI_PACK_DIR = path.resolve(import.meta.dirname, '../../fixtures/packs/mini');

/** The mini test pack, loaded and validated. */
export async function loadMiniPack(): Promise<RulePack> {
	const { pack, issues } = loadPackDir(await readPackFiles(MINI_PACK_DIR));
	if (!pack) throw new Error(issues.map(formatIssue).join('\n'));
	return pack;
}

/** The mini test pack, compiled. */
export async function miniEngine(): Promise<Engine> {
	return compilePack(await loadMiniPack());
}
