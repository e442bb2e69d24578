import { compilePack } from '../engine/create-engine';
import { canonicalJson } from './canonical-json';
import { loadPackDir } from './load-pack-dir';
import { formatIssue, type PackIssue } from './pack-issue';
import type { PackFile } from './parse-yaml-file';
import type { RulePack } from './schema';

/** Thrown when pack sources do not validate; carries the located issues. */
export class PackBuildError extends Error {
	constructor(readonly issues: PackIssue[]) {
		super(`the rule pack has ${issues.length} issue(s):\n${issues.map(formatIssue).join('\n')}`);
		this.name = 'PackBuildError';
	}
}

/**
 * Builds the distributed pack from the source files of rules/ (pure; usable at extension build time):
 * validates, compiles once to prove it compiles, and returns the RulePack.
 * @example buildPack(files).manifest.version
 */
export function buildPack(files: readonly PackFile[]): RulePack {
	const { pack, issues } = loadPackDir(files);
	if (!pack) throw new PackBuildError(issues);
	compilePack(pack);
	return pack;
}

/** The exact bytes (as a string) of a built pack: canonical JSON. @example buildPackJson(files) */
export function buildPackJson(files: readonly PackFile[]): string {
	return canonicalJson(buildPack(files));
}
