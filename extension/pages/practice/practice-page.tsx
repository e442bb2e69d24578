import { useEffect } from 'preact/hooks';

import { watchComposers } from '../../compose/watch-composers';
import { PlatformSchema } from '../../messaging/protocol';
import type { Platform } from '../../sites/site-adapter';
import { OptInControl } from '../components/opt-in-control';
import { useSettings } from '../components/use-settings';
import { optionsUrl } from '../page-links';

const BOXES: Array<{
	platform: Exclude<Platform, 'practice'>;
	site: string;
	label: string;
	placeholder: string;
}> = [
	{ platform: 'facebook', site: 'Facebook', label: 'A Facebook post', placeholder: "What's on your mind?" },
	{ platform: 'x', site: 'X', label: 'A post on X', placeholder: "What's happening?" },
	{
		platform: 'linkedin',
		site: 'LinkedIn',
		label: 'A LinkedIn post',
		placeholder: 'What do you want to talk about?',
	},
	{
		platform: 'instagram',
		site: 'Instagram',
		label: 'An Instagram caption',
		placeholder: 'Write a caption…',
	},
];

/** Look-alike compose boxes where any draft can be tried against the active rule pack. */
export function PracticePage() {
	const { settings, update } = useSettings();
	useEffect(() => {
		const controller = new AbortController();
		watchComposers({
			platformOf: (editor) => PlatformSchema.catch('facebook').parse(editor.dataset.platform),
			surfaceOf: () => 'post',
			signal: controller.signal,
		});
		return () => controller.abort();
	}, []);
	return (
		<main class="page practice">
			<h1>Practice</h1>
			<p class="lead">
				Try a draft here: it is checked on this device exactly as it would be on the site, and goes nowhere.
				Nothing here is kept in your history.
			</p>
			{settings && !settings.optedIn && <OptInControl settings={settings} update={update} />}
			<div class="practice-grid">
				{BOXES.map(({ platform, site, label, placeholder }) => (
					<section
						class={`practice-box practice-${platform}`}
						key={platform}
						aria-labelledby={`practice-${platform}-label`}
					>
						<div class="practice-head">
							<span class={`site-mark mark-${platform}`} aria-hidden="true">
								{site.slice(0, 1)}
							</span>
							<label id={`practice-${platform}-label`} for={`practice-${platform}`}>
								{label}
							</label>
						</div>
						<textarea id={`practice-${platform}`} data-platform={platform} placeholder={placeholder} />
						<div class="practice-foot" aria-hidden="true">
							<span class="fake-post">Post</span>
						</div>
					</section>
				))}
			</div>
			<p class="hint">
				Wondering why a note appeared? Every note links to its clause in the{' '}
				<a href={optionsUrl('clauses')}>clause library</a>.
			</p>
		</main>
	);
}
