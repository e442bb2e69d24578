import path from 'node:path';

import { compilePack, type Engine } from '../../../shared/engine/create-engine';
import type { RulePack } from '../../../shared/pack/schema';
import { loadValidPack } from '../../harness/load-valid-pack';

/** The folder of the small test pack with one rule of every kind. */
export const MINI_PACK_DIR = path.resolve(import.meta.dirname, '../../fixtures/packs/mini');

/** The mini test pack, loaded and validated. */
export async function loadMiniPack(): Promise<RulePack> {
	return loadValidPack(MINI_PACK_DIR);
}

/** The mini test pack, compiled. */
export async function miniEngine(): Promise<Engine> {
	return compilePack(await loadMiniPack());
}
