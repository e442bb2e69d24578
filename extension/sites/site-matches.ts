/** The four sites Second Look attaches to: host permissions and content-script matches (data, not code). */
export const SITE_MATCHES = [
	'https://*.facebook.com/*',
	'https://*.x.com/*',
	'https://x.com/*',
	'https://*.twitter.com/*',
	'https://twitter.com/*',
	'https://*.linkedin.com/*',
	'https://*.instagram.com/*',
];
