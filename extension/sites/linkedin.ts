import { defineSiteAdapter } from './site-adapter';

/**
 * LinkedIn: two apps at once — Ember (Quill, semantic classes) and the 2025–26 React build (TipTap,
 * `data-view-name`, `componentkey`). The post composer sits in the open shadow root of `#interop-outlet`.
 * Messages send on Enter only while the person's "Press Enter to send" setting is on (its hint beside the box, or
 * its checked option in the send menu); otherwise Enter is a new line and the button is the hook.
 */
export default defineSiteAdapter({
	id: 'linkedin',
	hosts: ['linkedin.com'],
	surfaces: [
		{
			surface: 'dm',
			selectors: ['.msg-form__contenteditable', '.msg-form', '[data-view-name="message-composer"]'],
			submitKey: 'Enter',
			submitKeyHint: /\bpress enter to send\b/i,
		},
		{
			surface: 'recommendation',
			selectors: [
				'[data-test-recommendation-text]',
				'#fx-rec-text',
				'[role="dialog"][aria-label*="ecommend"]',
			],
		},
		{
			surface: 'bio',
			selectors: [
				'[name="headline"]',
				'[name="summary"]',
				'[id*="headline"]',
				'[id*="summary"]',
				'input#headline',
				'textarea#summary',
				'[data-test-profile-edit]',
				'[role="dialog"][aria-label*="intro" i]',
				'[role="dialog"][aria-label*="about" i]',
			],
		},
		{
			surface: 'comment',
			selectors: [
				'[aria-label="Text editor for creating comment"]',
				'[data-view-name="comment-box"]',
				'[componentkey^="commentBox-"]',
				'.comments-comment-box',
			],
		},
		{
			surface: 'post',
			selectors: [
				'[aria-label="Text editor for creating content"]',
				'.share-creation-state__text-editor',
				'.ql-editor',
			],
		},
	],
	fallbackSurface: 'post',
	submitControls: [
		'button.share-actions__primary-action',
		'button[data-view-name="comment-post"]',
		'button[data-view-name="comment-reply-post"]',
		'button.comments-comment-box__submit-button--cr',
		'button.comments-comment-box__submit-button',
		'button.msg-form__send-button',
	],
	attachmentPreviews: [
		'[role="dialog"] [aria-label="Media preview"]',
		'.share-creation-state__media-preview',
	],
});

/*
Fixtures: tests/fixtures/dist/linkedin-*.html (see tests/fixtures/fixture-pages.ts).
Sources: shared/notes/platform-dom.md §4.
*/
