import { browser } from 'wxt/browser';

const PACK_ALARM = 'second-look-pack-update';

/** (Re)creates the periodic update alarm when its period changes; alarms survive worker restarts. */
export async function schedulePackChecks(intervalMinutes: number): Promise<void> {
	const existing = await browser.alarms.get(PACK_ALARM);
	if (existing?.periodInMinutes === intervalMinutes) return;
	await browser.alarms.create(PACK_ALARM, {
		delayInMinutes: intervalMinutes,
		periodInMinutes: intervalMinutes,
	});
}

/**
 * Runs `check` when the browser starts, when the extension is installed or updated, when the policy changes and
 * on the alarm. Register synchronously when the worker starts, so events that woke it are not missed.
 */
export function onPackCheckDue(check: () => void): void {
	browser.alarms.onAlarm.addListener((alarm) => {
		if (alarm.name === PACK_ALARM) check();
	});
	browser.runtime.onStartup.addListener(check);
	browser.runtime.onInstalled.addListener(check);
	// A new policy (another URL, keys or interval) takes effect at once, without waiting for the alarm.
	browser.storage.onChanged.addListener((_changes, area) => {
		if (area === 'managed') check();
	});
}
