import { useEffect, useRef } from 'preact/hooks';

import { ClauseLibraryPage } from '../clauses/clause-library-page';
import { HistoryPage } from '../history/history-page';
import { PolicyPage } from '../policy/policy-page';
import { SettingsPage } from '../settings/settings-page';
import type { OptionsRoute } from './options-route';
import { useRoute } from './use-route';

const NAV: Array<{ page: OptionsRoute['page']; label: string; title: string }> = [
	{ page: 'settings', label: 'Settings', title: 'Settings' },
	{ page: 'clauses', label: 'Clause library', title: 'Clause library' },
	{ page: 'history', label: 'History', title: 'History' },
	{ page: 'policy', label: 'Full policy', title: 'The full policy' },
];

/** The options page: settings, clause library, history and the full policy, behind a hash router. */
export function OptionsApp() {
	const route = useRoute();
	const main = useRef<HTMLElement>(null);
	const current = NAV.find((item) => item.page === route.page)!;
	useEffect(() => {
		document.title = `${current.title} — Second Look`;
	}, [current]);
	useEffect(() => {
		// Move focus to the new page's heading on navigation (not on first load), as a page load would.
		if (document.activeElement?.closest('nav')) main.current?.querySelector('h1')?.focus();
	}, [route.page]);
	return (
		<>
			<a class="skip-link" href="#main" onClick={(e) => (e.preventDefault(), main.current?.focus())}>
				Skip to content
			</a>
			<header class="site-header">
				<div class="site-header-inner">
					<span class="brand">Second Look</span>
					<nav aria-label="Second Look pages">
						<ul>
							{NAV.map((item) => (
								<li key={item.page}>
									<a href={`#/${item.page}`} aria-current={item.page === route.page ? 'page' : undefined}>
										{item.label}
									</a>
								</li>
							))}
						</ul>
					</nav>
				</div>
			</header>
			<main id="main" class="page" ref={main} tabIndex={-1}>
				{route.page === 'settings' && <SettingsPage />}
				{route.page === 'clauses' && <ClauseLibraryPage clause={route.clause} />}
				{route.page === 'history' && <HistoryPage />}
				{route.page === 'policy' && <PolicyPage />}
			</main>
		</>
	);
}
