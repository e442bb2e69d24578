import { overlaps, type Span } from '../finding';

/**
 * Drops every span that overlaps an exception ("Scunthorpe", "mental health"), the Scunthorpe problem
 * solved in data as obscenity does with whitelisted terms.
 * @example dropExceptions([[0, 4]], [[0, 10]]) → []
 */
export function dropExceptions(spans: Span[], exceptions: readonly Span[]): Span[] {
	if (exceptions.length === 0 || spans.length === 0) return spans;
	return spans.filter((span) => !exceptions.some((exception) => overlaps(span, exception)));
}
