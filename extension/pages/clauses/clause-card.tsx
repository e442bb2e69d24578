import type { Contact, LibraryClause } from '../../messaging/protocol';
import { SafeLink } from '../components/safe-link';

/** One clause, in full: the policy's exact words, what it means, examples, and who to ask. All plain text. */
export function ClauseCard({ clause, headingLevel }: { clause: LibraryClause; headingLevel: 1 | 2 }) {
	const Heading = headingLevel === 1 ? 'h1' : 'h2';
	const headingId = `clause-${clause.id}-title`;
	return (
		<article
			class="card clause"
			id={`clause-${clause.id}`}
			data-clause={clause.id}
			aria-labelledby={headingId}
		>
			<Heading id={headingId} tabIndex={-1}>
				{headingLevel === 2 ? (
					<a href={`#/clauses/${encodeURIComponent(clause.id)}`}>{clause.title}</a>
				) : (
					clause.title
				)}
			</Heading>
			{clause.section && <p class="meta">Policy section: {clause.section}</p>}
			<h3>The policy's words</h3>
			<blockquote class="quote">{clause.words}</blockquote>
			<h3>In plain English</h3>
			<p>{clause.explanation}</p>
			<div class="examples">
				<ExampleList title="Would raise it" items={clause.examples.flag} kind="flag" />
				<ExampleList title="Would not raise it" items={clause.examples.allow} kind="allow" />
			</div>
			{clause.ask.length > 0 && (
				<>
					<h3>Who to ask</h3>
					<ul class="contacts">
						{clause.ask.map((contact) => (
							<li key={`${contact.role}${contact.email}`}>
								<ContactLine contact={contact} />
							</li>
						))}
					</ul>
				</>
			)}
		</article>
	);
}

function ExampleList({ title, items, kind }: { title: string; items: string[]; kind: 'flag' | 'allow' }) {
	if (items.length === 0) return null;
	return (
		<div class={`example-list example-${kind}`}>
			<h3>{title}</h3>
			<ul>
				{items.map((text) => (
					<li key={text}>
						<q>{text}</q>
					</li>
				))}
			</ul>
		</div>
	);
}

function ContactLine({ contact }: { contact: Contact }) {
	const who = contact.name ? `${contact.name} (${contact.role})` : contact.role;
	if (!contact.email) return <>{who}</>;
	return (
		<>
			{who}: <SafeLink href={`mailto:${contact.email}`}>{contact.email}</SafeLink>
		</>
	);
}
