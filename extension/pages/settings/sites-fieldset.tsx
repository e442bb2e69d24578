import { SITE_IDS, SITE_NAMES } from '../../storage/settings';
import type { SectionProps } from './settings-page';

/** Which of the four sites Second Look reads drafts on. */
export function SitesFieldset({ settings, save }: SectionProps) {
	return (
		<fieldset class="card">
			<legend>Sites</legend>
			<p class="hint">Second Look reads drafts only on the sites ticked here, and only while it is on.</p>
			<div class="checks">
				{SITE_IDS.map((site) => (
					<label key={site} class="check">
						<input
							type="checkbox"
							checked={settings.sites[site]}
							onChange={(e) => {
								const on = e.currentTarget.checked;
								void save((s) => ({ ...s, sites: { ...s.sites, [site]: on } }));
							}}
						/>
						{SITE_NAMES[site]}
					</label>
				))}
			</div>
		</fieldset>
	);
}
