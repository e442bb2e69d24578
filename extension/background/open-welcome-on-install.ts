import { browser, type Browser } from 'wxt/browser';

/** Path of the first-run page inside the extension. */
export const WELCOME_PATH = '/welcome.html';

/** Opens the welcome page when the extension is first installed (not on updates or browser updates). */
export async function openWelcomeIfInstalled(details: Browser.runtime.InstalledDetails): Promise<void> {
	if (details.reason !== 'install') return;
	await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) });
}

/** Registers the listener; call once, synchronously, when the background starts. */
export function openWelcomeOnInstall(): void {
	browser.runtime.onInstalled.addListener((details) => void openWelcomeIfInstalled(details));
}
