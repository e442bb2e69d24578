import { defineBackground } from '#imports';

import { startBackground } from '../extension/background/start-background';

export default defineBackground(() => {
	startBackground();
});
