import { z } from 'zod';

import { isCanonicalJson } from './canonical-json';
import { manifestSchema, rulePackSchema } from './schema';

/** The manifest of a built pack: the source manifest plus the time `rules build` published it. */
export const publishedManifestSchema = manifestSchema.extend({
	publishedAt: z.iso.datetime({ offset: true }),
});

/**
 * The pack as published: one canonical JSON file (`pack.json`) with a detached signature (`pack.json.sig`).
 * @example publishedPackSchema.parse(JSON.parse(text))
 */
export const publishedPackSchema = rulePackSchema.safeExtend({ manifest: publishedManifestSchema });
export type PublishedPack = z.infer<typeof publishedPackSchema>;

/**
 * Reads the bytes of a published pack: UTF-8, canonical JSON, valid by the schema. Errors name the file and,
 * for schema errors, the path inside it (`pack.json: manifest.version: …`).
 */
export function parsePublishedPack(bytes: Uint8Array, fileName = 'pack.json'): PublishedPack | Error {
	let value: unknown;
	try {
		value = JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes));
	} catch (error) {
		return new Error(
			`${fileName}: not valid JSON (${error instanceof Error ? error.message : String(error)})`,
		);
	}
	if (!isCanonicalJson(bytes)) {
		return new Error(
			`${fileName}: not in canonical form (rebuild it with \`rules build\` rather than editing it)`,
		);
	}
	const parsed = publishedPackSchema.safeParse(value);
	if (!parsed.success) {
		const lines = parsed.error.issues.slice(0, 5).map((issue) => {
			const where = issue.path.map(String).join('.') || '(top level)';
			return `${fileName}: ${where}: ${issue.message}`;
		});
		const more = parsed.error.issues.length > 5 ? `\n… and ${parsed.error.issues.length - 5} more` : '';
		return new Error(`${lines.join('\n')}${more}`);
	}
	return parsed.data;
}
