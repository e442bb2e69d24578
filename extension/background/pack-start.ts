import type { EngineHost } from './engine-host';
import { onPackCheckDue, schedulePackChecks } from './pack-schedule';
import { readPackSource } from './pack-source';
import { createPackUpdater, type PackUpdater } from './pack-updater';

/**
 * Starts rule pack updates for the worker: restores the last good pack, checks when the browser starts, when the
 * extension is installed or updated and on the alarm. Call synchronously when the worker starts.
 */
export function startPackUpdates(host: EngineHost): PackUpdater {
	const updater = createPackUpdater(host);
	const schedule = () =>
		readPackSource()
			.then((source) => schedulePackChecks(source.intervalMinutes))
			.catch((error: unknown) => console.warn('[Second Look] could not schedule pack checks', error));
	onPackCheckDue(() => {
		void schedule();
		updater.checkNow().catch((error: unknown) => console.warn('[Second Look] pack check failed', error));
	});
	void schedule();
	return updater;
}
