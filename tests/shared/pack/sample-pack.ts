import type { PublishedPack } from '../../../shared/pack/published-pack';

/** A small valid published pack for unit tests. */
export function samplePack(): PublishedPack {
	return {
		manifest: {
			id: 'sample',
			name: 'Sample school policy',
			version: '1.1.0',
			policyVersion: '2025',
			minExtensionVersion: '0.1.0',
			publishedAt: '2025-01-01T09:00:00.000Z',
		},
		school: { names: ['Sample School'], lexicons: { insults: ['idiot*', 'moron'] } },
		clauses: {
			offensive: {
				title: 'Offensive content',
				words: 'Staff must not post offensive content.',
				explanation: 'This may offend.',
				severity: 'warn',
			},
		},
		rules: [
			{
				id: 'offensive/insults',
				clause: 'offensive',
				kind: 'phrases',
				terms: ['@insults', 'twit'],
				examples: { flag: ['what an idiot'], allow: ['a fine day'] },
			},
		],
	};
}
