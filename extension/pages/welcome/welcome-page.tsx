import { useEffect, useState } from 'preact/hooks';

import { readSettings, settingsItem } from '../../storage/settings';

/** First run: what Second Look does and does not do, and the one button that turns it on. */
export function WelcomePage() {
	const [optedIn, setOptedIn] = useState<boolean | undefined>(undefined);
	useEffect(() => {
		void readSettings().then((s) => setOptedIn(s.optedIn));
		return settingsItem.watch((s) => setOptedIn(s?.optedIn ?? false));
	}, []);
	const choose = async (on: boolean) => {
		await settingsItem.setValue({ ...(await readSettings()), optedIn: on });
	};
	return (
		<main class="page">
			<h1>Second Look</h1>
			<p class="lead">
				A second look at a social-media post before it goes out, against your school's staff social media
				policy.
			</p>
			<h2>What it does</h2>
			<ul>
				<li>
					On Facebook, X, LinkedIn and Instagram, it reads what you type in a compose box and checks it
					against the policy.
				</li>
				<li>
					If something in a draft may go against the policy, it shows a note beside the box quoting the policy
					and explaining why, with a button to ask your line manager.
				</li>
			</ul>
			<h2>What it never does</h2>
			<ul>
				<li>It never sends your drafts anywhere: every check happens on this device.</li>
				<li>It never blocks a post: you decide.</li>
				<li>It never reports anyone. Its history of notes stays on this device, yours to clear.</li>
			</ul>
			{optedIn === undefined ? null : optedIn ? (
				<section class="choice" aria-live="polite">
					<p data-testid="opt-in-status">Second Look is on.</p>
					<button type="button" class="secondary" onClick={() => void choose(false)}>
						Turn Second Look off
					</button>
				</section>
			) : (
				<section class="choice" aria-live="polite">
					<p data-testid="opt-in-status">Second Look is off: it reads nothing until you turn it on.</p>
					<button type="button" class="primary" onClick={() => void choose(true)}>
						Turn on Second Look
					</button>
				</section>
			)}
		</main>
	);
}
