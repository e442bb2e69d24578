import { useState } from 'preact/hooks';

import { LineManagerEmailSchema } from '../../storage/settings';
import { useClauseLibrary } from '../components/use-clause-library';
import type { SectionProps } from './settings-page';

/** The line manager that "Ask my line manager" writes to; until set, the pack's default contact. */
export function LineManagerForm({ settings, save }: SectionProps) {
	const [name, setName] = useState(settings.lineManagerName);
	const [email, setEmail] = useState(settings.lineManagerEmail);
	const [error, setError] = useState('');
	const library = useClauseLibrary();
	const fallback = library.status === 'ready' ? library.library.defaultLineManager : null;
	const submit = (event: Event) => {
		event.preventDefault();
		const parsed = LineManagerEmailSchema.safeParse(email.trim());
		if (!parsed.success) {
			setError('Enter an e-mail address like name@school.org, or leave it empty to use the default.');
			return;
		}
		setError('');
		void save(
			(s) => ({ ...s, lineManagerName: name.trim(), lineManagerEmail: parsed.data }),
			'Line manager saved.',
		);
	};
	return (
		<form class="card" onSubmit={submit} aria-labelledby="lm-heading" noValidate>
			<h2 id="lm-heading">Your line manager</h2>
			<p class="hint" id="lm-hint">
				<em>Ask my line manager</em> opens an e-mail to this person, which you write and send yourself.{' '}
				{settings.lineManagerEmail === ''
					? fallback
						? `Until you set one, it goes to ${fallback.name || fallback.role} (${fallback.email}), your school's default contact.`
						: "Until you set one, it goes to your school's default contact."
					: ''}
			</p>
			<div class="field">
				<label for="lm-name">Name</label>
				<input
					id="lm-name"
					type="text"
					autoComplete="off"
					value={name}
					onInput={(e) => setName(e.currentTarget.value)}
				/>
			</div>
			<div class="field">
				<label for="lm-email">E-mail address</label>
				<input
					id="lm-email"
					type="email"
					autoComplete="off"
					value={email}
					aria-invalid={error !== ''}
					aria-describedby={error ? 'lm-error lm-hint' : 'lm-hint'}
					onInput={(e) => setEmail(e.currentTarget.value)}
				/>
				<p id="lm-error" class="field-error" aria-live="assertive">
					{error}
				</p>
			</div>
			<button type="submit" class="primary">
				Save line manager
			</button>
		</form>
	);
}
