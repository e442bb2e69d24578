/** Says that stored settings could not be read and the defaults are in use (so Second Look is off). */
export function CorruptNotice({ corrupt }: { corrupt: boolean }) {
	if (!corrupt) return null;
	return (
		<p class="notice notice-warn" role="alert" data-testid="settings-corrupt">
			Your saved settings could not be read, so Second Look is using its defaults and is off. Check your
			settings below; saving any of them stores a fresh copy.
		</p>
	);
}
