import { defineSiteAdapter } from './site-adapter';

export default defineSiteAdapter({
	id: 'x',
	hosts: ['x.com', 'twitter.com'],
	surfaces: [
		{
			surface: 'dm',
			selectors: ['[data-testid="dm-composer-textarea"]', '[data-testid="dmComposerTextInput"]'],
		},
		{
			surface: 'bio',
			selectors: ['textarea[name="description"]', '[data-testid="ProfileDescription_Input"]'],
		},
		{ surface: 'reply', selectors: ['[data-fx-surface="reply"]', '[aria-label="Post your reply"]'] },
		{ surface: 'post', selectors: ['[data-testid^="tweetTextarea_"]'] },
	],
	fallbackSurface: 'post',
});
