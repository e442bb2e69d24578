import { defineContentScript } from '#imports';

import { startComposeWatch } from '../../extension/compose/start-compose-watch';
import { answerSelectionRequests } from '../../extension/report/answer-selection';
import { SITE_MATCHES } from '../../extension/sites/site-matches';

export default defineContentScript({
	matches: SITE_MATCHES,
	runAt: 'document_idle',
	main(ctx) {
		void startComposeWatch(ctx.signal);
		answerSelectionRequests(ctx.signal);
	},
});
