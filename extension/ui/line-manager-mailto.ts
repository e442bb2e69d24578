import type { ClauseView } from '../messaging/protocol';

/** A `mailto:` asking the line manager about clauses; the draft goes in only when the person chose to include it. */
export function lineManagerMailto(to: string, clauses: ClauseView[], draft?: string): string {
	const names = clauses.map((c) => `${c.title} — ${c.id}`).join('; ');
	const subject = `Second Look: may I post this? (${names})`;
	const lines = [
		'Hello,',
		'',
		'Before I post something on social media I would like your view. Second Look pointed me to this part of our social media policy:',
	];
	for (const clause of clauses) lines.push('', `${clause.title}:`, `"${clause.words}"`);
	if (draft !== undefined) lines.push('', 'My draft:', '', draft);
	lines.push('', 'Thank you.');
	const query = `subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(lines.join('\n'))}`;
	return `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?${query}`;
}
