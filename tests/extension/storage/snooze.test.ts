import { describe, expect, it } from 'vitest';

import { isSnoozed, snoozeEnd } from '../../../extension/storage/snooze';

const at = (iso: string) => new Date(iso).getTime();

describe('snoozeEnd()', () => {
	it('snoozes for an hour', () => {
		expect(snoozeEnd('hour', at('2026-11-26T10:00:00'))).toBe(at('2026-11-26T11:00:00'));
	});

	it('snoozes until tomorrow morning, which late in the evening is still longer than an hour', () => {
		expect(snoozeEnd('tomorrow', at('2026-11-26T10:00:00'))).toBe(at('2026-11-27T06:00:00'));
		const lateEvening = at('2026-11-26T23:32:00');
		expect(snoozeEnd('tomorrow', lateEvening)).toBe(at('2026-11-27T06:00:00'));
		expect(snoozeEnd('tomorrow', lateEvening)).toBeGreaterThan(snoozeEnd('hour', lateEvening));
	});
});

describe('isSnoozed()', () => {
	it('is snoozed until the end, and not without a snooze', () => {
		expect(isSnoozed(at('2026-11-26T11:00:00'), at('2026-11-26T10:59:59'))).toBe(true);
		expect(isSnoozed(at('2026-11-26T11:00:00'), at('2026-11-26T11:00:00'))).toBe(false);
		expect(isSnoozed(null)).toBe(false);
	});
});
