import { defineSiteAdapter } from './site-adapter';

export default defineSiteAdapter({
	id: 'facebook',
	hosts: ['facebook.com'],
	surfaces: [
		{ surface: 'dm', selectors: ['[aria-label="Message"]', '[role="main"][aria-label*="Messenger"]'] },
		{ surface: 'reply', selectors: ['[aria-label^="Reply to"]'] },
		{ surface: 'comment', selectors: ['[aria-label^="Comment as"]', '[aria-label^="Write a comment"]'] },
		{ surface: 'post', selectors: ['[role="dialog"] [data-lexical-editor="true"]'] },
	],
	fallbackSurface: 'post',
});
