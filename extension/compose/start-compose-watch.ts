import { isActiveOn, readSettings, settingsItem } from '../storage/settings';
import { siteForHost } from '../sites/site-for-host';
import { watchComposers } from './watch-composers';

/**
 * The content script's whole life: do nothing until the person has opted in (and the site is on and
 * not snoozed), then watch compose boxes; stop reading at once when they switch it off.
 */
export async function startComposeWatch(pageSignal: AbortSignal): Promise<void> {
	const site = siteForHost(location.hostname);
	if (!site) return;
	let running: AbortController | undefined;
	let snoozeEnds: ReturnType<typeof setTimeout> | undefined;
	const apply = async () => {
		const settings = await readSettings();
		const on = isActiveOn(settings, site.id);
		// A snooze ends by itself: come back on when it runs out, without waiting for a settings change.
		clearTimeout(snoozeEnds);
		const left = (settings.snoozedUntil ?? 0) - Date.now();
		if (settings.optedIn && left > 0)
			snoozeEnds = setTimeout(() => void apply(), Math.min(left + 50, 2 ** 31 - 1));
		if (on && !running) {
			running = new AbortController();
			watchComposers({ site, signal: AbortSignal.any([running.signal, pageSignal]) });
		} else if (!on && running) {
			running.abort();
			running = undefined;
		}
	};
	const unwatch = settingsItem.watch(() => void apply());
	pageSignal.addEventListener(
		'abort',
		() => {
			unwatch();
			clearTimeout(snoozeEnds);
		},
		{ once: true },
	);
	await apply();
}
