import { defineSiteAdapter } from './site-adapter';

export default defineSiteAdapter({
	id: 'linkedin',
	hosts: ['linkedin.com'],
	surfaces: [
		{ surface: 'dm', selectors: ['.msg-form__contenteditable'] },
		{ surface: 'recommendation', selectors: ['#fx-rec-text', '[data-test-recommendation-text]'] },
		{ surface: 'bio', selectors: ['input#headline', 'textarea#summary', '[data-test-profile-edit]'] },
		{
			surface: 'comment',
			selectors: ['[aria-label="Text editor for creating comment"]', '.comments-comment-box'],
		},
		{ surface: 'post', selectors: ['.ql-editor', '.share-creation-state__text-editor'] },
	],
	fallbackSurface: 'post',
});
