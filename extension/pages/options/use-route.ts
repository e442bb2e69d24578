import { useEffect, useState } from 'preact/hooks';

import { parseRoute, type OptionsRoute } from './options-route';

/** The current hash route, following back/forward and links. */
export function useRoute(): OptionsRoute {
	const [route, setRoute] = useState(() => parseRoute(location.hash));
	useEffect(() => {
		const onChange = () => setRoute(parseRoute(location.hash));
		window.addEventListener('hashchange', onChange);
		return () => window.removeEventListener('hashchange', onChange);
	}, []);
	return route;
}
