import { compilePack, type Engine } from '../../shared/engine/create-engine';
import type { WorkingHours } from '../../shared/engine/context';
import { packContact } from '../../shared/pack/pack-contact';
import type { RulePack } from '../../shared/pack/schema';
import { MAX_CHECKED_CHARS, type CheckResult, type ClauseView, type RequestOf } from '../messaging/protocol';

/** What the person's settings and the policy add to a check. */
export interface CheckOptions {
	/** Who "Ask my line manager" writes to; empty means the pack's default contact. */
	lineManagerEmail?: string;
	/** The person's own working hours; without them the pack's hours apply. */
	workingHours?: WorkingHours;
	/** False when the person turned working-time reminders off: no time goes into the check. */
	workingTimeReminders?: boolean;
	now?: Date;
}

/** Holds the active pack compiled once, and answers checks against it. */
export interface EngineHost {
	check: (request: RequestOf<'checkDraft'>, options?: CheckOptions) => CheckResult;
	/** The pack's default contact for "Ask my line manager", until the person sets their own. */
	defaultContact: () => string;
	activate: (pack: RulePack) => void;
	pack: () => RulePack;
}

/**
 * Creates the host with a first pack (the bundled one). That pack is compiled at its first check, not
 * here: a worker that restores a stored pack as it wakes would otherwise compile two packs before answering.
 */
export function createEngineHost(initial: RulePack): EngineHost {
	let pack = initial;
	let compiled: Engine | undefined;
	const engineFor = () => (compiled ??= compilePack(pack));
	return {
		pack: () => pack,
		activate(next) {
			// Compile first: a pack that does not compile never replaces the one in force.
			const engine = compilePack(next);
			pack = next;
			compiled = engine;
		},
		check({ text, platform, surface, images }, options = {}) {
			const { lineManagerEmail = '', workingHours, workingTimeReminders = true, now = new Date() } = options;
			const truncated = text.length > MAX_CHECKED_CHARS;
			const checked = truncated ? text.slice(0, MAX_CHECKED_CHARS) : text;
			const findings = engineFor().check(checked, {
				platform,
				surface,
				images,
				...(workingTimeReminders ? { time: now.toISOString(), workingHours } : {}),
			});
			const clauses: ClauseView[] = [...new Set(findings.map((f) => f.clause))].flatMap((id) => {
				const clause = pack.clauses[id];
				return clause
					? [{ id, title: clause.title, words: clause.words, explanation: clause.explanation }]
					: [];
			});
			return {
				findings: findings.map(({ clause, rule, severity, start, end, message }) => ({
					clause,
					rule,
					severity,
					start,
					end,
					message,
				})),
				clauses,
				truncated,
				lineManagerEmail: lineManagerEmail || defaultContact(pack),
			};
		},
		defaultContact: () => defaultContact(pack),
	};
}

/** The pack's line-manager contact, else its policy contact: school.yaml's contacts are free-form data. */
function defaultContact(pack: RulePack): string {
	return packContact(pack, 'line-manager')?.email || packContact(pack, 'policy')?.email || '';
}
