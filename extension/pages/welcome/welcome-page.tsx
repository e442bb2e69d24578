import { OptInControl } from '../components/opt-in-control';
import { CorruptNotice } from '../components/corrupt-notice';
import { useSettings } from '../components/use-settings';
import { optionsUrl, practiceUrl } from '../page-links';

/** First run: what Second Look does and does not do, which sites, and the one button that turns it on. */
export function WelcomePage() {
	const { settings, corrupt, update } = useSettings();
	return (
		<main class="page welcome">
			<h1>Welcome to Second Look</h1>
			<p class="lead">
				A second look at a social-media post before it goes out, against your school's staff social media
				policy.
			</p>
			<CorruptNotice corrupt={corrupt} />
			<OptInControl settings={settings} update={update} />
			<div class="columns">
				<section class="card" aria-labelledby="does-heading">
					<h2 id="does-heading">What it does</h2>
					<ul>
						<li>
							When you write a post, reply, comment or profile text on <strong>Facebook</strong>,{' '}
							<strong>X</strong>, <strong>LinkedIn</strong> or <strong>Instagram</strong>, it checks the draft
							against the policy, on this device.
						</li>
						<li>
							If something may go against the policy, it shows a note beside the box: the policy's words, why,
							and a button to ask your line manager.
						</li>
						<li>It keeps a history of its notes on this device, so you can look back, export or clear it.</li>
					</ul>
				</section>
				<section class="card" aria-labelledby="never-heading">
					<h2 id="never-heading">What it never does</h2>
					<ul>
						<li>It never reads anything until you turn it on, and stops at once when you turn it off.</li>
						<li>It never sends your drafts anywhere: every check happens on this device.</li>
						<li>It never blocks a post: you decide.</li>
						<li>It never reports anyone. Its history stays on this device only, yours to clear.</li>
					</ul>
				</section>
			</div>
			<section class="card" aria-labelledby="next-heading">
				<h2 id="next-heading">Next</h2>
				<ul class="link-list">
					<li>
						<a href={practiceUrl()}>Try a draft on the practice page</a>: nothing you type there goes
						anywhere.
					</li>
					<li>
						<a href={optionsUrl('settings')}>Settings</a>: your line manager, which sites, snooze, working
						hours and history.
					</li>
					<li>
						<a href={optionsUrl('clauses')}>The clause library</a>: every part of the policy Second Look
						checks, in plain English.
					</li>
				</ul>
				<p class="hint">
					Turning Second Look off is one click, here, in Settings, or from its button in the browser toolbar.
				</p>
			</section>
		</main>
	);
}
