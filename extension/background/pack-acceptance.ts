import { compareVersions } from '../../shared/pack/compare-versions';
import type { Manifest } from '../../shared/pack/schema';

/** What to do with a verified pack, compared with the one in force. */
export type Acceptance = { take: true } | { take: false; upToDate: boolean; reason: string };

/**
 * Whether a verified pack may replace the active one: it must suit this version of the extension and be newer
 * than the active pack, so an old signed pack can never be replayed. A pack with another id may replace the
 * bundled default whatever its version (a school's own pack).
 * @example acceptance(candidate.manifest, active.manifest, 'bundled', '0.1.0')
 */
export function acceptance(
	candidate: Manifest,
	active: Manifest,
	activeOrigin: 'bundled' | 'update',
	extensionVersion: string,
): Acceptance {
	if (!(compareVersions(extensionVersion, candidate.minExtensionVersion) >= 0)) {
		return {
			take: false,
			upToDate: false,
			reason: `Pack ${candidate.version} needs Second Look ${candidate.minExtensionVersion} or later; this is ${extensionVersion}. Update the extension.`,
		};
	}
	if (activeOrigin === 'bundled' && candidate.id !== active.id) return { take: true };
	const order = compareVersions(candidate.version, active.version);
	if (order > 0) return { take: true };
	if (order === 0 && candidate.id === active.id) {
		return { take: false, upToDate: true, reason: `Pack ${active.version} is already active.` };
	}
	return {
		take: false,
		upToDate: false,
		reason: `The published pack (${candidate.id} ${candidate.version}) is not newer than the active one (${active.id} ${active.version}), so it was not taken.`,
	};
}
