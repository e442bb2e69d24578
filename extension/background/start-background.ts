import { browser } from 'wxt/browser';

import bundledPack from 'virtual:bundled-pack';

import type { RequestOf } from '../messaging/protocol';
import { reportLabelOf } from '../report/report-contact';
import { readSettings } from '../storage/settings';
import { createEngineHost } from './engine-host';
import { createGetClauseLibraryHandler } from './handlers/get-clause-library';
import { openClause } from './handlers/open-clause';
import { createPackHandlers } from './handlers/pack-handlers';
import { handleRecordHistory } from './handlers/record-history';
import { createReporter } from './handlers/report-content';
import { createManagedPolicyCache } from './managed-policy';
import { createMessageRouter, type Handlers } from './message-router';
import { openWelcomeOnInstall } from './open-welcome-on-install';
import { startPackUpdates } from './pack-start';
import { startReportMenu } from './report-menu';

/** Wires the background service worker: the engine with the active pack, and one router for every request. */
export function startBackground(): void {
	const engine = createEngineHost(bundledPack);
	const managedPolicy = createManagedPolicyCache();
	const packs = startPackUpdates(engine);
	const reporter = createReporter(() => engine.pack());
	const handlers: Handlers = {
		checkDraft: async (request: RequestOf<'checkDraft'>) => {
			const [settings, policy] = await Promise.all([readSettings(), managedPolicy()]);
			const packHours = engine.pack().school.workingHours;
			const { days, start, end, reminders } = settings.workingTime;
			return engine.check(request, {
				lineManagerEmail: settings.lineManagerEmail || policy.lineManagerEmail,
				workingHours: { timezone: packHours?.timezone ?? 'Europe/London', ...packHours, days, start, end },
				workingTimeReminders: reminders,
			});
		},
		getPackInfo: async () => {
			const { id, name, version } = engine.pack().manifest;
			return { id, name, version };
		},
		openClause,
		recordHistory: handleRecordHistory,
		getClauseLibrary: createGetClauseLibraryHandler(() => engine.pack()),
		reportContent: reporter.handleReportContent,
		...createPackHandlers(packs),
	};
	// Every answer waits for the last good pack (re-verified) to be restored, so none speaks for the built-in one by mistake.
	browser.runtime.onMessage.addListener(createMessageRouter(handlers, browser.runtime.id, packs.restore));
	openWelcomeOnInstall();
	startReportMenu(() => reportLabelOf(engine.pack()), reporter.fromContext);
}
