import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import type { PackFile } from '../pack/parse-yaml-file';

/** Reads every YAML file under a pack folder, with '/'-separated paths relative to it. */
export async function readPackFiles(dir: string): Promise<PackFile[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	const files = entries.filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name));
	return Promise.all(
		files.map(async (entry) => {
			const full = path.join(entry.parentPath, entry.name);
			return { path: path.relative(dir, full).split(path.sep).join('/'), text: await readFile(full, 'utf8') };
		}),
	);
}
