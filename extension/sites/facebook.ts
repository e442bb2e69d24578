import { defineSiteAdapter } from './site-adapter';

/**
 * Facebook: Lexical editors everywhere. aria-labels are localised and personalised ("Comment as Alex"), so
 * they are matched by prefix; Messenger comes before comments because broad Lexical selectors match both.
 */
export default defineSiteAdapter({
	id: 'facebook',
	hosts: ['facebook.com'],
	surfaces: [
		{
			surface: 'dm',
			selectors: [
				'[aria-label="Message"][data-lexical-editor="true"]',
				'[aria-placeholder="Aa"]',
				'[role="main"][aria-label*="Messenger"]',
			],
			submitKey: 'Enter',
		},
		{
			surface: 'reply',
			selectors: ['[aria-label^="Reply to"]', '[aria-label^="Write a reply"]'],
			submitKey: 'Enter',
		},
		{
			surface: 'comment',
			selectors: [
				'[aria-label^="Comment as"]',
				'[aria-label^="Write a comment"]',
				'[aria-label^="Write a public comment"]',
			],
			submitKey: 'Enter',
		},
		{ surface: 'bio', selectors: ['textarea[aria-label*="bio" i]', '[aria-label="Edit bio"]'] },
		{
			surface: 'post',
			selectors: [
				'[role="dialog"][aria-label="Create post"]',
				'[role="dialog"] [data-lexical-editor="true"]',
			],
		},
	],
	fallbackSurface: 'post',
	submitControls: [
		'[role="dialog"] div[role="button"][aria-label="Post"]',
		'#focused-state-composer-submit [role="button"]',
		'div[role="button"][aria-label="Comment"]',
		'div[role="button"][aria-label="Reply"]',
		'div[aria-label="Press enter to send"][role="button"]',
		'div[role="button"][aria-label="Send"]',
		'div[role="button"][aria-label="Post"]',
		'div[role="button"][aria-label="Save"]',
	],
	attachmentPreviews: ['[aria-label="Attached media"][role="group"]'],
});

/*
Fixtures: tests/fixtures/dist/facebook-*.html (see tests/fixtures/fixture-pages.ts).
Sources: shared/notes/platform-dom.md §3.
*/
