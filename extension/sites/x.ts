import { defineSiteAdapter } from './site-adapter';

/**
 * X: Draft.js editors (`tweetTextarea_N`) that send on Ctrl/Cmd+Enter; Chat and bio are textareas. A reply
 * is told from a post by the post it answers, shown above the editor in the same dialog or page section.
 */
export default defineSiteAdapter({
	id: 'x',
	hosts: ['x.com', 'twitter.com'],
	surfaces: [
		{
			surface: 'dm',
			selectors: [
				'[data-testid="dm-composer-textarea"]',
				'[data-testid="dmComposerTextInput"]',
				'[data-testid="dm-container"]',
			],
			submitKey: 'Enter',
		},
		{
			surface: 'bio',
			selectors: ['textarea[name="description"]', '[data-testid="ProfileDescription_Input"]'],
		},
		{
			surface: 'reply',
			selectors: [
				'[aria-label="Post your reply"]',
				'[data-testid="inline_reply_offscreen"]',
				'[role="dialog"]:has([data-testid="tweetButton"]):has([data-testid="tweet"]):not(:has([data-testid="quoteTweet"]))',
			],
			submitKey: 'Mod+Enter',
		},
		{ surface: 'post', selectors: ['[data-testid^="tweetTextarea_"]'], submitKey: 'Mod+Enter' },
	],
	fallbackSurface: 'post',
	submitControls: [
		'button[data-testid="tweetButton"]',
		'button[data-testid="tweetButtonInline"]',
		'[data-testid="dm-composer-send-button"]',
		'[data-testid="dmComposerSendButton"]',
		'[data-testid="tweetButton"]',
		'[data-testid="tweetButtonInline"]',
		'[data-testid="Profile_Save_Button"]',
	],
	attachmentPreviews: ['[data-testid="attachments"]'],
});

/*
Fixtures: tests/fixtures/dist/x-*.html (see tests/fixtures/fixture-pages.ts).
Sources: shared/notes/platform-dom.md §2.
*/
