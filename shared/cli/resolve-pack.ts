import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { loadPackDir, type LoadedPack } from '../pack/load-pack-dir';
import type { PackIssue } from '../pack/pack-issue';
import { rulePackSchema } from '../pack/schema';
import { readPackFiles } from './read-pack-files';

/** The repository root, found from this file's location (never from the working directory). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The default pack folder: rules/ of this repository. */
export const DEFAULT_PACK_DIR = path.join(REPO_ROOT, 'rules');

/**
 * Loads a pack from a folder of YAML sources or from a built pack JSON file. Issues carry paths relative
 * to the pack folder; the caller prefixes the folder when printing.
 */
export async function resolvePack(target: string = DEFAULT_PACK_DIR): Promise<LoadedPack & { dir: string }> {
	const info = await stat(target);
	if (info.isDirectory()) return { ...loadPackDir(await readPackFiles(target)), dir: target };
	const file = path.basename(target);
	const issue = (message: string): PackIssue => ({ file, line: 1, column: 1, code: 'E_PACK_JSON', message });
	let json: unknown;
	try {
		json = JSON.parse(await readFile(target, 'utf8'));
	} catch (error) {
		return {
			pack: undefined,
			issues: [issue((error as Error).message)],
			sources: new Map(),
			dir: path.dirname(target),
		};
	}
	const parsed = rulePackSchema.safeParse(json);
	return {
		pack: parsed.success ? parsed.data : undefined,
		issues: parsed.success ? [] : parsed.error.issues.map((i) => issue(`${i.path.join('.')}: ${i.message}`)),
		sources: new Map(),
		dir: path.dirname(target),
	};
}
