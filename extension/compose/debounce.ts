/** Delays `run` until `ms` have passed without another call; `cancel` drops a pending run. */
export function debounce(run: () => void, ms: number): { call: () => void; cancel: () => void } {
	let timer: ReturnType<typeof setTimeout> | undefined;
	return {
		call: () => {
			clearTimeout(timer);
			timer = setTimeout(run, ms);
		},
		cancel: () => clearTimeout(timer),
	};
}
