import { useEffect, useState } from 'preact/hooks';

import { useClauseLibrary } from '../components/use-clause-library';
import { ClauseCard } from './clause-card';
import { searchClauses } from './search-clauses';

/** Every clause of the active pack, searchable; `#/clauses/<id>` shows one (where "Read the clause" lands). */
export function ClauseLibraryPage({ clause }: { clause?: string }) {
	const state = useClauseLibrary();
	const [query, setQuery] = useState('');
	useEffect(() => {
		if (clause && state.status === 'ready') document.getElementById(`clause-${clause}-title`)?.focus();
	}, [clause, state.status]);

	if (state.status === 'loading') return <LibraryHeading busy />;
	if (state.status === 'unavailable') {
		return (
			<>
				<LibraryHeading />
				<p class="notice notice-warn" role="alert">
					The rule pack is not available right now, so its clauses cannot be shown. The{' '}
					<a href="#/policy">full policy</a> is still here.
				</p>
			</>
		);
	}
	const { library } = state;
	if (clause) {
		const found = library.clauses.find((c) => c.id === clause);
		return (
			<>
				<p class="crumbs">
					<a href="#/clauses">All clauses</a> · <a href="#/policy">Full policy</a>
				</p>
				{found ? (
					<ClauseCard clause={found} headingLevel={1} />
				) : (
					<>
						<h1 tabIndex={-1}>Clause not found</h1>
						<p>The active rule pack has no clause called “{clause}”.</p>
					</>
				)}
			</>
		);
	}
	const shown = searchClauses(library.clauses, query);
	return (
		<>
			<LibraryHeading />
			<p class="lead">
				Every part of <strong>{library.pack.name}</strong> (version {library.pack.version}) that Second Look
				checks, in the policy's own words. <a href="#/policy">Read the full policy</a>.
			</p>
			<div class="field search">
				<label for="clause-search">Search the clauses</label>
				<input
					id="clause-search"
					type="search"
					value={query}
					aria-describedby="clause-count"
					onInput={(e) => setQuery(e.currentTarget.value)}
				/>
				<p id="clause-count" class="hint" role="status" data-testid="clause-count">
					{shown.length === library.clauses.length
						? `${shown.length} clauses`
						: `${shown.length} of ${library.clauses.length} clauses match`}
				</p>
			</div>
			{shown.map((c) => (
				<ClauseCard key={c.id} clause={c} headingLevel={2} />
			))}
		</>
	);
}

function LibraryHeading({ busy = false }: { busy?: boolean }) {
	return (
		<h1 tabIndex={-1} aria-busy={busy}>
			Clause library
		</h1>
	);
}
