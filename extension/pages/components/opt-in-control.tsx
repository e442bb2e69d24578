import type { SettingsState } from './use-settings';

/**
 * On/off for all of Second Look, the same everywhere (welcome, settings, popup): one click turns it off and
 * all reading stops at once, because every content script watches this setting.
 */
export function OptInControl({ settings, update }: Pick<SettingsState, 'settings' | 'update'>) {
	const on = settings?.optedIn;
	const choose = (optedIn: boolean) => void update((s) => ({ ...s, optedIn }));
	return (
		<section class="choice" aria-live="polite" aria-busy={settings === undefined}>
			{on === undefined ? (
				<p class="placeholder" aria-hidden="true">
					&nbsp;
				</p>
			) : on ? (
				<>
					<p data-testid="opt-in-status" class="status status-on">
						Second Look is on.
					</p>
					<button type="button" class="secondary" onClick={() => choose(false)}>
						Turn Second Look off
					</button>
				</>
			) : (
				<>
					<p data-testid="opt-in-status" class="status status-off">
						Second Look is off: it reads nothing until you turn it on.
					</p>
					<button type="button" class="primary" onClick={() => choose(true)}>
						Turn on Second Look
					</button>
				</>
			)}
		</section>
	);
}
