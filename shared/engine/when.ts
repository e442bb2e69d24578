import type { When } from '../pack/schema';
import { PUBLIC_SURFACES, type Platform, type Surface } from './context';

/** The parts of the check context a `when` looks at. */
export interface WhenContext {
	platform: Platform;
	surface: Surface;
	images: number;
}

/**
 * True when every condition of `when` holds. An e-mail field is not a draft: only rules that name
 * `email-field` in `surfaces` run there.
 * @example isWhenMet({ public: true }, { platform: 'x', surface: 'dm', images: 0 }) === false
 */
export function isWhenMet(when: When | undefined, context: WhenContext): boolean {
	if (context.surface === 'email-field' && !when?.surfaces?.includes('email-field')) return false;
	if (!when) return true;
	if (when.public !== undefined && PUBLIC_SURFACES.has(context.surface) !== when.public) return false;
	if (when.surfaces && !when.surfaces.includes(context.surface)) return false;
	if (when.notSurfaces?.includes(context.surface)) return false;
	if (when.platforms && !when.platforms.includes(context.platform)) return false;
	if (when.minImages !== undefined && context.images < when.minImages) return false;
	if (when.maxImages !== undefined && context.images > when.maxImages) return false;
	return true;
}
