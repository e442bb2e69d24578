import type { ClauseView } from '../messaging/protocol';

/** A `mailto:` asking the line manager about a clause; the draft goes in only when the person chose to include it. */
export function lineManagerMailto(to: string, clause: ClauseView, draft?: string): string {
	const subject = `Second Look: may I post this? (${clause.title} — ${clause.id})`;
	const lines = [
		'Hello,',
		'',
		`Before I post something on social media I would like your view. Second Look pointed me to this part of our social media policy, "${clause.title}":`,
		'',
		`"${clause.words}"`,
	];
	if (draft !== undefined) lines.push('', 'My draft:', '', draft);
	lines.push('', 'Thank you.');
	const query = `subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(lines.join('\n'))}`;
	return `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?${query}`;
}
