import { defineSiteAdapter } from './site-adapter';

/**
 * Instagram: Lexical-like caption and DM editors, React textareas for comments and bio. Class names are
 * hashed, so aria-labels (both "..." and "…" spellings) are the hooks.
 */
export default defineSiteAdapter({
	id: 'instagram',
	hosts: ['instagram.com'],
	surfaces: [
		{
			surface: 'dm',
			selectors: ['[aria-label="Message"]', 'textarea[placeholder^="Message"]'],
			submitKey: 'Enter',
		},
		{
			surface: 'bio',
			selectors: ['textarea#pepBio', 'textarea[name="biography"]', 'textarea[aria-label="Bio"]'],
		},
		{
			surface: 'comment',
			selectors: [
				'textarea[aria-label^="Add a comment"]',
				'textarea[placeholder^="Add a comment"]',
				'input[placeholder^="Add a comment"]',
				'[aria-label^="Add a comment"][contenteditable="true"]',
			],
			submitKey: 'Enter',
		},
		{
			surface: 'post',
			selectors: ['[aria-label^="Write a caption"]', 'textarea[aria-label^="Write a caption"]'],
		},
	],
	fallbackSurface: 'post',
	submitControls: [
		{ selector: '[role="dialog"] div[role="button"]', text: 'Share' },
		'form button[type="submit"]',
		'[role="dialog"] [role="button"][aria-label="Share"]',
		'div[role="button"][aria-label="Send"]',
		'div[role="button"][aria-label="Post"]',
		{ selector: 'div[role="button"]', text: 'Post' },
		{ selector: 'div[role="button"]', text: 'Send' },
		'div[role="button"][aria-label="Submit"]',
		'button[type="submit"]',
	],
	attachmentPreviews: [
		'[role="dialog"] [aria-label="Media"]',
		'[role="dialog"] [aria-label="Media preview"]',
	],
});

/*
Fixtures: tests/fixtures/dist/instagram-*.html (see tests/fixtures/fixture-pages.ts).
Sources: shared/notes/platform-dom.md §5.
*/
