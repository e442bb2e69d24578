import { browser } from 'wxt/browser';

/** The options page's routes, as hash paths. */
export type OptionsPath = 'settings' | 'clauses' | 'history' | 'policy' | `clauses/${string}`;

/** Address of an options-page route, e.g. `options.html#/clauses/consent`. */
export function optionsUrl(path: OptionsPath): string {
	return `${browser.runtime.getURL('/options.html')}#/${path}`;
}

export function welcomeUrl(): string {
	return browser.runtime.getURL('/welcome.html');
}

export function practiceUrl(): string {
	return browser.runtime.getURL('/practice.html');
}
