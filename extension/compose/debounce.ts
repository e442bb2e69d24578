/**
 * Delays `run` until `ms` have passed without another call; `cancel` drops a pending run.
 *
 * `call` runs on every keystroke and every editor mutation, so it only notes the time: one timer is armed per
 * pause, not one cleared and re-armed per call. When it fires early (typing went on), it re-arms for the rest.
 */
export function debounce(run: () => void, ms: number): { call: () => void; cancel: () => void } {
	let timer: ReturnType<typeof setTimeout> | undefined;
	let due = 0;
	const fire = () => {
		const wait = due - performance.now();
		if (wait >= 1) {
			timer = setTimeout(fire, Math.ceil(wait));
			return;
		}
		timer = undefined;
		run();
	};
	return {
		call: () => {
			due = performance.now() + ms;
			timer ??= setTimeout(fire, ms);
		},
		cancel: () => {
			clearTimeout(timer);
			timer = undefined;
		},
	};
}
