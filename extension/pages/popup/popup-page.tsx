import { ReportButton } from '../../report/report-button';
import { SITE_NAMES } from '../../storage/settings';
import { OptInControl } from '../components/opt-in-control';
import { SnoozeControl } from '../components/snooze-control';
import { useSettings } from '../components/use-settings';
import { optionsUrl, practiceUrl, welcomeUrl } from '../page-links';
import { usePopupFacts } from './use-popup-facts';

/** The toolbar popup: on/off, this site, snooze, the active pack, this week's flags, and the pages. */
export function PopupPage() {
	const { settings, corrupt, update } = useSettings();
	const { loaded, site, pack, flagsThisWeek } = usePopupFacts();
	const links = [
		{ href: optionsUrl('settings'), label: 'Settings' },
		{ href: optionsUrl('clauses'), label: 'Clause library' },
		{ href: optionsUrl('history'), label: 'History' },
		{ href: practiceUrl(), label: 'Practice' },
		{ href: welcomeUrl(), label: 'Welcome' },
	];
	return (
		<main class="popup">
			<h1>Second Look</h1>
			{corrupt && (
				<p class="notice notice-warn" role="alert" data-testid="settings-corrupt">
					Saved settings could not be read; the defaults are in use.
				</p>
			)}
			<OptInControl settings={settings} update={update} />
			<div class="popup-site" data-testid="popup-site">
				{!loaded || !settings ? (
					'\u00a0'
				) : site ? (
					<label class="check">
						<input
							type="checkbox"
							checked={settings.sites[site]}
							onChange={(e) => {
								const on = e.currentTarget.checked;
								void update((s) => ({ ...s, sites: { ...s.sites, [site]: on } }));
							}}
						/>
						Check my drafts on {SITE_NAMES[site]}
					</label>
				) : (
					<p class="hint">This tab is not Facebook, X, LinkedIn or Instagram: nothing is read here.</p>
				)}
			</div>
			<SnoozeControl settings={settings} update={update} />
			{site && <ReportButton />}
			<dl class="facts">
				<dt>Rule pack</dt>
				<dd data-testid="popup-pack">
					{!loaded ? '\u00a0' : pack ? `${pack.name}, version ${pack.version}` : 'Not loaded'}
				</dd>
				<dt>Flags this week</dt>
				<dd data-testid="popup-flags">
					{!loaded ? '\u00a0' : flagsThisWeek === undefined ? 'History is paused' : String(flagsThisWeek)}
				</dd>
			</dl>
			<nav aria-label="Second Look pages">
				<ul class="popup-links">
					{links.map((link) => (
						<li key={link.label}>
							<a href={link.href} target="_blank" rel="noopener">
								{link.label}
							</a>
						</li>
					))}
				</ul>
			</nav>
		</main>
	);
}
