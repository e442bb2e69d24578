import { resolvePack } from '../../shared/cli/resolve-pack';
import { formatIssue } from '../../shared/pack/pack-issue';
import type { RulePack } from '../../shared/pack/schema';

/**
 * The pack in `target` (rules/ by default, or a built pack JSON file), validated; throws with every issue,
 * as `file:line:column`, when it does not validate. For tests and tools that need a good pack to go on.
 */
export async function loadValidPack(target?: string): Promise<RulePack> {
	const { pack, issues } = await resolvePack(target);
	if (!pack)
		throw new Error(`${target ?? 'rules/'} does not validate:\n${issues.map(formatIssue).join('\n')}`);
	return pack;
}
