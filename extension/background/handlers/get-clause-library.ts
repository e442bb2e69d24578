import { packContact } from '../../../shared/pack/pack-contact';
import type { Example, RulePack } from '../../../shared/pack/schema';
import type { ClauseLibrary, Contact, LibraryClause, RequestOf } from '../../messaging/protocol';
import { readSettings } from '../../storage/settings';
import type { Settings } from '../../storage/settings-schema';

/** How many examples of each kind the library shows per clause. */
const EXAMPLES_PER_KIND = 4;

/** The clause library of a pack: every clause, its examples from the pack's rules, and who to ask. */
export function clauseLibraryOf(pack: RulePack, settings: Settings): ClauseLibrary {
	const clauses: LibraryClause[] = Object.entries(pack.clauses).map(([id, clause]) => {
		const rules = pack.rules.filter((rule) => rule.clause === id);
		const section = Array.isArray(clause.section) ? clause.section.join('; ') : (clause.section ?? '');
		const askKeys = clause.ask === undefined ? ['line-manager'] : [clause.ask].flat();
		return {
			id,
			title: clause.title,
			words: clause.words,
			explanation: clause.explanation,
			section,
			severity: clause.severity,
			examples: {
				flag: examplesOf(rules.flatMap((rule) => rule.examples.flag)),
				allow: examplesOf(rules.flatMap((rule) => rule.examples.allow)),
			},
			ask: askKeys.flatMap((key) => contactFor(pack, key, settings)),
		};
	});
	return {
		pack: {
			id: pack.manifest.id,
			name: pack.manifest.name,
			version: pack.manifest.version,
			policyVersion: pack.manifest.policyVersion,
		},
		clauses,
		defaultLineManager: libraryContact(pack, 'line-manager') ?? null,
	};
}

function examplesOf(examples: Example[]): string[] {
	const texts = examples.map((example) => (typeof example === 'string' ? example : example.text));
	return [...new Set(texts.filter((text) => text.trim() !== ''))].slice(0, EXAMPLES_PER_KIND);
}

/** The person's own line manager once set; otherwise the pack's contact of that key. */
function contactFor(pack: RulePack, key: string, settings: Settings): Contact[] {
	if (key === 'line-manager' && settings.lineManagerEmail !== '') {
		return [{ role: 'Your line manager', name: settings.lineManagerName, email: settings.lineManagerEmail }];
	}
	const contact = libraryContact(pack, key);
	return contact ? [contact] : [];
}

/** The pack's contact of a key, its missing fields filled (the role defaults to the key). */
function libraryContact(pack: RulePack, key: string): Contact | undefined {
	const contact = packContact(pack, key);
	if (!contact) return undefined;
	const { name = '', role = key, email = '' } = contact;
	return { role, name, email };
}

/** The `getClauseLibrary` handler, given how to reach the active pack (the engine host's). */
export function createGetClauseLibraryHandler(activePack: () => RulePack | Promise<RulePack>) {
	return async (_request: RequestOf<'getClauseLibrary'>): Promise<ClauseLibrary> =>
		clauseLibraryOf(await activePack(), await readSettings());
}
