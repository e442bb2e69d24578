import type { PackSourceView, PackStatus } from '../../messaging/pack-protocol';
import { readPackSource, savePackSource, viewPackSource } from '../pack-source';
import type { PackUpdater } from '../pack-updater';

/** Handlers for the pack status and update source, for the popup and settings page. */
export function createPackHandlers(updater: PackUpdater) {
	return {
		getPackStatus: (): Promise<PackStatus> => updater.status(),
		checkPackNow: (): Promise<PackStatus> => updater.checkNow(),
		getPackSource: async (): Promise<PackSourceView> => viewPackSource(await readPackSource()),
		async setPackSource(request: { url: string; publicKey: string }) {
			const error = await savePackSource(request.url, request.publicKey);
			return { saved: error === null, error, source: await viewPackSource(await readPackSource()) };
		},
	};
}
