import { beforeAll, describe, expect, it } from 'vitest';

import { createEngineHost, type EngineHost } from '../../../extension/background/engine-host';
import { MAX_CHECKED_CHARS } from '../../../extension/messaging/protocol';
import type { RulePack } from '../../../shared/pack/schema';
import { loadMiniPack } from '../../shared/engine/mini-pack';

const MONDAY_10AM = new Date('2025-03-03T10:00:00Z');
const MONDAY_6PM = new Date('2025-03-03T18:00:00Z');
const draft = (text: string) => ({
	kind: 'checkDraft' as const,
	text,
	platform: 'x' as const,
	surface: 'post' as const,
	images: 0,
});
const clausesOf = (host: EngineHost, text: string, options: Parameters<EngineHost['check']>[1]) =>
	host.check(draft(text), options).findings.map((f) => f.clause);

describe('createEngineHost()', () => {
	let pack: RulePack;
	let host: EngineHost;
	beforeAll(async () => {
		pack = await loadMiniPack();
		pack.school.contacts = { policy: { email: 'policy@hillside.sch.uk' } };
		host = createEngineHost(pack);
	});

	it('raises working time inside the pack’s hours, and not when the person turned reminders off', () => {
		expect(clausesOf(host, 'hello', { now: MONDAY_10AM })).toContain('working-time');
		expect(clausesOf(host, 'hello', { now: MONDAY_6PM })).not.toContain('working-time');
		expect(clausesOf(host, 'hello', { now: MONDAY_10AM, workingTimeReminders: false })).not.toContain(
			'working-time',
		);
	});

	it('uses the person’s own hours over the pack’s', () => {
		const lateShift = { timezone: 'Europe/London', days: ['mon' as const], start: '17:00', end: '20:00' };
		expect(clausesOf(host, 'hello', { now: MONDAY_6PM, workingHours: lateShift })).toContain('working-time');
		expect(clausesOf(host, 'hello', { now: MONDAY_10AM, workingHours: lateShift })).not.toContain(
			'working-time',
		);
	});

	it('sends "Ask my line manager" to the person’s choice, else the pack’s policy contact', () => {
		expect(host.check(draft('shit'), { lineManagerEmail: 'me@hillside.sch.uk' }).lineManagerEmail).toBe(
			'me@hillside.sch.uk',
		);
		expect(host.check(draft('shit'), {}).lineManagerEmail).toBe('policy@hillside.sch.uk');
	});

	it('checks a huge draft up to the limit and says so', () => {
		const result = host.check(draft(`${'a '.repeat(MAX_CHECKED_CHARS)} shit`), {});
		expect(result.truncated).toBe(true);
		expect(result.findings.map((f) => f.clause)).not.toContain('offensive');
		expect(host.check(draft('shit'), {}).truncated).toBe(false);
	});

	it('compiles its first pack only when it first checks: a pack restored at wake-up is the only one compiled', () => {
		// A first pack that cannot compile shows whether it was compiled: creating the host must not try.
		const broken = structuredClone(pack);
		broken.rules.push({ ...pack.rules[0]!, clause: 'no-such-clause' });
		const restored = createEngineHost(broken);
		restored.activate(pack);
		expect(restored.check(draft('shit'), {}).findings.map((f) => f.clause)).toContain('offensive');
		// Without a restored pack the first check compiles it, and a broken one says why.
		expect(() => createEngineHost(broken).check(draft('shit'), {})).toThrow(/unknown clause/);
	});

	it('keeps the pack in force when a new one does not compile', () => {
		const broken = structuredClone(pack);
		broken.rules.push({ ...pack.rules[0]!, clause: 'no-such-clause' });
		expect(() => host.activate(broken)).toThrow(/unknown clause/);
		expect(clausesOf(host, 'shit', {})).toContain('offensive');
	});
});
