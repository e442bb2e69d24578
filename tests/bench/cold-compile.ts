// One cold start, run by engine-bench.ts in a fresh process: load rules/, compile the pack once, then check
// one short draft (the evasive lexicon tries are filled on first use, so the first check shows that cost).
import { readPackFiles } from '../../shared/cli/read-pack-files';
import { DEFAULT_PACK_DIR } from '../../shared/cli/resolve-pack';
import { compilePack } from '../../shared/engine/create-engine';
import { loadPackDir } from '../../shared/pack/load-pack-dir';
import { buildText } from './bench-texts';

const { pack } = loadPackDir(await readPackFiles(DEFAULT_PACK_DIR));
if (!pack) throw new Error('rules/ does not validate');
const text = buildText(280);
let start = performance.now();
const engine = compilePack(pack);
const compileMs = performance.now() - start;
start = performance.now();
engine.check(text, { platform: 'facebook', surface: 'post', images: 0 });
const firstCheckMs = performance.now() - start;
console.log(JSON.stringify({ compileMs, firstCheckMs }));
