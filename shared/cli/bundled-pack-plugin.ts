import path from 'node:path';

import { loadPackDir } from '../pack/load-pack-dir';
import { formatIssue } from '../pack/pack-issue';
import { readPackFiles } from './read-pack-files';

const VIRTUAL_ID = 'virtual:bundled-pack';

/** A Vite plugin that builds the pack in `dir` at build time into `virtual:bundled-pack`; a broken pack fails the build. */
export function bundledPackPlugin(dir: string) {
	const root = path.resolve(dir);
	return {
		name: 'second-look-bundled-pack',
		resolveId: (id: string) => (id === VIRTUAL_ID ? `\0${VIRTUAL_ID}` : undefined),
		async load(this: { addWatchFile: (file: string) => void }, id: string) {
			if (id !== `\0${VIRTUAL_ID}`) return undefined;
			const files = await readPackFiles(root);
			for (const file of files) this.addWatchFile(path.join(root, file.path));
			const { pack, issues } = loadPackDir(files);
			if (!pack)
				throw new Error(`The rule pack in ${dir}/ does not validate:\n${issues.map(formatIssue).join('\n')}`);
			return `export default ${JSON.stringify(pack)};`;
		},
	};
}
