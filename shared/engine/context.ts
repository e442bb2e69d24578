import { z } from 'zod';

/** Where a draft is typed: the four sites. */
export const platformSchema = z.enum(['facebook', 'x', 'linkedin', 'instagram']);
export type Platform = z.infer<typeof platformSchema>;

/** What kind of box the draft is typed into. */
export const surfaceSchema = z.enum([
	'post',
	'reply',
	'comment',
	'dm',
	'recommendation',
	'bio',
	'email-field',
]);
export type Surface = z.infer<typeof surfaceSchema>;

/** Surfaces other people can read; a DM and an e-mail field are private. */
export const PUBLIC_SURFACES: ReadonlySet<Surface> = new Set([
	'post',
	'reply',
	'comment',
	'recommendation',
	'bio',
]);

/** Working hours as given by school.yaml or overridden by the user's settings. */
export const workingHoursSchema = z.strictObject({
	timezone: z.string().default('Europe/London'),
	days: z
		.array(z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']))
		.default(['mon', 'tue', 'wed', 'thu', 'fri']),
	start: z.string().regex(/^\d{2}:\d{2}$/, 'HH:MM'),
	end: z.string().regex(/^\d{2}:\d{2}$/, 'HH:MM'),
	termDates: z
		.array(z.strictObject({ from: z.iso.date(), to: z.iso.date() }))
		.optional()
		.describe('if given, working time is only inside these dates (inclusive)'),
});
export type WorkingHours = z.infer<typeof workingHoursSchema>;

/**
 * The context of one check. `time` is ISO 8601: with an offset or `Z` it is an instant; without one it is
 * the school's wall-clock time. Without `time` no time-based clause is raised.
 * @example checkContextSchema.parse({ platform: 'x', surface: 'post', images: 0 })
 */
export const checkContextSchema = z.strictObject({
	platform: platformSchema,
	surface: surfaceSchema,
	images: z.int().min(0).default(0),
	time: z.iso.datetime({ offset: true, local: true }).optional(),
	workingHours: workingHoursSchema.optional().describe("the user's own hours; replaces school.yaml's"),
});
export type CheckContext = Omit<z.output<typeof checkContextSchema>, 'images'> & { images?: number };
