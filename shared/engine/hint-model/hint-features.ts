import type { Platform, Surface } from '../context';

/** What of the check context a hint model sees. */
export interface HintContext {
	platform: Platform;
	surface: Surface;
	images?: number;
}

/**
 * The context markers of a check, as features: its surface, its platform, and whether images are attached.
 * @example contextFeatures({ platform: 'x', surface: 'dm', images: 2 }) → ['§surface:dm', '§platform:x', '§images']
 */
export function contextFeatures(context: HintContext): string[] {
	const features = [`§surface:${context.surface}`, `§platform:${context.platform}`];
	if ((context.images ?? 0) > 0) features.push('§images');
	return features;
}

/**
 * Every distinct feature of a draft: its words, each pair of neighbouring words, and its context markers.
 * The trainer's view of a draft; the engine's scorer reads the same features without building the strings.
 * @example draftFeatures(['year', '6'], { platform: 'x', surface: 'post' }) → ['year', 'year 6', '6', '§surface:post', '§platform:x']
 */
export function draftFeatures(words: readonly string[], context: HintContext): string[] {
	const features = new Set<string>();
	for (let i = 0; i < words.length; i++) {
		features.add(words[i]!);
		if (i + 1 < words.length) features.add(`${words[i]!} ${words[i + 1]!}`);
	}
	for (const marker of contextFeatures(context)) features.add(marker);
	return [...features];
}
