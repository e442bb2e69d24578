// One cold start, run by engine-bench.ts in a fresh process, as the worker starts: parse the built pack
// (JSON, checked with the pack schema), compile it once, then check one short draft (the evasive lexicon
// tries are filled on first use, so the first check shows that cost).
import { readFile } from 'node:fs/promises';

import { compilePack } from '../../shared/engine/create-engine';
import { rulePackSchema } from '../../shared/pack/schema';
import { buildText } from './bench-texts';

const packFile = process.argv[2];
if (!packFile) throw new Error('usage: cold-compile.ts PACK.json');
const pack = rulePackSchema.parse(JSON.parse(await readFile(packFile, 'utf8')));
const text = buildText(280);
let start = performance.now();
const engine = compilePack(pack);
const compileMs = performance.now() - start;
start = performance.now();
engine.check(text, { platform: 'facebook', surface: 'post', images: 0 });
const firstCheckMs = performance.now() - start;
console.log(JSON.stringify({ compileMs, firstCheckMs }));
