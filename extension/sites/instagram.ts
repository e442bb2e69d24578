import { defineSiteAdapter } from './site-adapter';

export default defineSiteAdapter({
	id: 'instagram',
	hosts: ['instagram.com'],
	surfaces: [
		{ surface: 'dm', selectors: ['[aria-label="Message"]'] },
		{ surface: 'bio', selectors: ['textarea#pepBio', 'textarea[name="biography"]'] },
		{ surface: 'comment', selectors: ['textarea[aria-label^="Add a comment"]'] },
		{ surface: 'post', selectors: ['[aria-label^="Write a caption"]'] },
	],
	fallbackSurface: 'post',
});
