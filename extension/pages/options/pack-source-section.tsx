import { useEffect, useState } from 'preact/hooks';

import type { PackStatus } from '../../messaging/pack-protocol';
import { sendRequest } from '../../messaging/send-request';

const OUTCOME_WORDS: Record<NonNullable<PackStatus['lastOutcome']>, string> = {
	updated: 'Updated to a new pack.',
	'up-to-date': 'Up to date.',
	refused: 'A published pack was refused.',
	failed: 'The check failed.',
	'no-source': 'No update source is set.',
};

/**
 * The rule pack card for the settings page: the active pack, where updates come from (policy or this page),
 * the last check and its outcome in words, and "Check now". Drop `<PackSourceSection />` into the page.
 */
export function PackSourceSection() {
	const [status, setStatus] = useState<PackStatus | null>(null);
	const [busy, setBusy] = useState(false);
	const [url, setUrl] = useState('');
	const [publicKey, setPublicKey] = useState('');
	const [message, setMessage] = useState('');

	useEffect(() => {
		void sendRequest({ kind: 'getPackStatus' }).then((next) => {
			setStatus(next);
			setUrl(next.source.from === 'settings' ? (next.source.url ?? '') : '');
		});
	}, []);

	const checkNow = async () => {
		setBusy(true);
		setStatus(await sendRequest({ kind: 'checkPackNow' }));
		setBusy(false);
	};
	const save = async (event: Event) => {
		event.preventDefault();
		const result = await sendRequest({ kind: 'setPackSource', url, publicKey });
		setMessage(result.error ?? 'Saved. Checking for the pack now…');
		if (result.saved) {
			setPublicKey('');
			await checkNow();
			setMessage('Saved.');
		}
	};

	if (!status) return null;
	const { active, source } = status;
	return (
		<section class="card" aria-labelledby="pack-heading" data-testid="pack-source">
			<h2 id="pack-heading">Rule pack</h2>
			<p data-testid="pack-active">
				{active.name}, version {active.version}
				{active.publishedAt ? `, published ${new Date(active.publishedAt).toLocaleString()}` : ''}
				{active.origin === 'bundled' ? ' (the pack that came with Second Look)' : ''}.
			</p>
			<p class="hint">
				{source.from === 'policy' && 'Your school sets where updates come from. '}
				{source.url ? `Updates from ${source.url}` : 'No update source is set.'}
				{source.keyFingerprints.length > 0 && `, signed by key ${source.keyFingerprints.join(' or ')}`}
			</p>
			<p role="status" data-testid="pack-last-check">
				{status.lastCheckAt
					? `Last checked ${new Date(status.lastCheckAt).toLocaleString()}: ${status.lastOutcome ? OUTCOME_WORDS[status.lastOutcome] : ''}`
					: 'Not checked yet.'}{' '}
				{status.lastError}
			</p>
			<button type="button" onClick={() => void checkNow()} disabled={busy || !source.url}>
				{busy ? 'Checking…' : 'Check now'}
			</button>
			{source.editable && (
				<form onSubmit={(event) => void save(event)} noValidate>
					<div class="field">
						<label for="pack-url">Pack address (https)</label>
						<input id="pack-url" type="url" value={url} onInput={(e) => setUrl(e.currentTarget.value)} />
					</div>
					<div class="field">
						<label for="pack-key">Public key from your IT manager</label>
						<input
							id="pack-key"
							type="text"
							autoComplete="off"
							spellcheck={false}
							value={publicKey}
							onInput={(e) => setPublicKey(e.currentTarget.value)}
						/>
					</div>
					<p class="field-error" aria-live="assertive">
						{message}
					</p>
					<button type="submit">Save pack source</button>
				</form>
			)}
		</section>
	);
}
