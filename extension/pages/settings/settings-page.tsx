import { useState } from 'preact/hooks';

import type { Settings } from '../../storage/settings';
import { CorruptNotice } from '../components/corrupt-notice';
import { OptInControl } from '../components/opt-in-control';
import { SnoozeControl } from '../components/snooze-control';
import { useSettings } from '../components/use-settings';
import { PackSourceSection } from '../options/pack-source-section';
import { HistorySettings } from './history-settings';
import { LineManagerForm } from './line-manager-form';
import { SitesFieldset } from './sites-fieldset';
import { WorkingTimeFieldset } from './working-time-fieldset';

/** Every setting the person has, saved as soon as it is changed (the line manager on Save). */
export function SettingsPage() {
	const { settings, corrupt, update } = useSettings();
	const [saved, setSaved] = useState('');
	const save = async (change: (current: Settings) => Settings, what = 'Saved.') => {
		await update(change);
		setSaved(what);
	};
	return (
		<>
			<h1 tabIndex={-1}>Settings</h1>
			<CorruptNotice corrupt={corrupt} />
			<section class="card" aria-labelledby="on-off-heading">
				<h2 id="on-off-heading">On or off</h2>
				<OptInControl settings={settings} update={update} />
				<SnoozeControl settings={settings} update={update} />
			</section>
			{settings && (
				<>
					<LineManagerForm settings={settings} save={save} />
					<SitesFieldset settings={settings} save={save} />
					<WorkingTimeFieldset settings={settings} save={save} />
					<HistorySettings settings={settings} save={save} />
					<PackSourceSection />
				</>
			)}
			<p class="saved" role="status" data-testid="settings-saved">
				{saved}
			</p>
		</>
	);
}

/** What each settings section gets: the current settings and how to save a change. */
export interface SectionProps {
	settings: Settings;
	save: (change: (current: Settings) => Settings, what?: string) => Promise<void>;
}
