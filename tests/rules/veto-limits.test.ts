import { describe, expect, it } from 'vitest';

import { compilePack } from '../../shared/engine/create-engine';
import type { Platform, Surface } from '../../shared/engine/context';
import { loadValidPack } from '../harness/load-valid-pack';

// The hint model's veto drops a rule's finding when the draft's wording does not read like a breach of its
// clause. Some findings it must never drop, in any context; a stricter veto once dropped both of these (a
// photo caption weighed against offensive), and only the end-to-end tests noticed.
const PLATFORMS: Platform[] = ['facebook', 'x', 'linkedin', 'instagram'];
const PUBLIC: Surface[] = ['post', 'reply', 'comment', 'bio'];

describe('what the veto never drops (the Mandeville pack)', async () => {
	const engine = compilePack(await loadValidPack());
	const clausesOf = (text: string, platform: Platform, surface: Surface, images: number) =>
		new Set(engine.check(text, { platform, surface, images }).map((f) => f.clause));

	it.each([
		'Long week. This bloody printer is a piece of shit',
		'What a shit week. Roll on Friday.',
		'Fuck this, I am going home',
	])('plain profanity, on every platform and public surface, with and without photos: %s', (text) => {
		for (const platform of PLATFORMS)
			for (const surface of PUBLIC)
				for (const images of [0, 1, 3])
					expect(clausesOf(text, platform, surface, images), `${platform}/${surface}/${images}`).toContain(
						'offensive',
					);
	});

	it.each([
		'Lovely walk by the river.',
		'Lovely walk by the river.\nSee you all soon.',
		'Great to work with.',
	])('a LinkedIn recommendation, whatever it says, is a reference: %s', (text) =>
		expect(clausesOf(text, 'linkedin', 'recommendation', 0)).toContain('references'),
	);
});
