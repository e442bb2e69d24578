import { useEffect } from 'preact/hooks';

import { watchComposers } from '../../compose/watch-composers';
import type { Platform } from '../../sites/site-adapter';

const BOXES: Array<{ platform: Platform; label: string }> = [
	{ platform: 'facebook', label: 'A Facebook post' },
	{ platform: 'x', label: 'A post on X' },
	{ platform: 'linkedin', label: 'A LinkedIn post' },
	{ platform: 'instagram', label: 'An Instagram caption' },
];

/** Look-alike compose boxes where any draft can be tried against the active rule pack. */
export function PracticePage() {
	useEffect(() => {
		const controller = new AbortController();
		watchComposers({
			platformOf: (editor) => (editor.dataset.platform as Platform | undefined) ?? 'practice',
			surfaceOf: () => 'post',
			signal: controller.signal,
		});
		return () => controller.abort();
	}, []);
	return (
		<main class="page">
			<h1>Practice</h1>
			<p class="lead">
				Try a draft here: it is checked on this device exactly as it would be on the site, and goes nowhere.
			</p>
			{BOXES.map(({ platform, label }) => (
				<section class="practice-box" key={platform}>
					<label for={`practice-${platform}`}>{label}</label>
					<textarea id={`practice-${platform}`} data-platform={platform} />
				</section>
			))}
		</main>
	);
}
