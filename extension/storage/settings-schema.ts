import { z } from 'zod';

export const SITE_IDS = ['facebook', 'x', 'linkedin', 'instagram'] as const;
export type SiteId = (typeof SITE_IDS)[number];

export const SITE_NAMES: Record<SiteId, string> = {
	facebook: 'Facebook',
	x: 'X',
	linkedin: 'LinkedIn',
	instagram: 'Instagram',
};

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** How long history is kept, in days; 0 means history is off. */
export const RETENTION_CHOICES = [0, 7, 30, 90] as const;
export type RetentionDays = (typeof RETENTION_CHOICES)[number];

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time like 08:00');

/** An e-mail address, or empty for "use the pack's default contact". */
export const LineManagerEmailSchema = z.union([
	z.literal(''),
	z.email('an e-mail address like name@school.org'),
]);

/** The person's settings (version 2). Nothing is read from any page until `optedIn` is true. */
export const SettingsSchema = z.object({
	optedIn: z.boolean(),
	sites: z.object({ facebook: z.boolean(), x: z.boolean(), linkedin: z.boolean(), instagram: z.boolean() }),
	lineManagerName: z.string().max(200),
	lineManagerEmail: LineManagerEmailSchema,
	snoozedUntil: z.number().nullable(),
	workingTime: z.object({
		reminders: z.boolean(),
		days: z.array(z.enum(WEEKDAYS)),
		start: clockTime,
		end: clockTime,
	}),
	history: z.object({
		keepWords: z.boolean(),
		retentionDays: z.union(RETENTION_CHOICES.map((days) => z.literal(days))),
	}),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
	optedIn: false,
	sites: { facebook: true, x: true, linkedin: true, instagram: true },
	lineManagerName: '',
	lineManagerEmail: '',
	snoozedUntil: null,
	workingTime: { reminders: true, days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '16:00' },
	history: { keepWords: false, retentionDays: 30 },
};
