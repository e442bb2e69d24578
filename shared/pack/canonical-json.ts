/**
 * Canonical JSON: object keys sorted by UTF-16 code units, no insignificant whitespace, UTF-8 bytes. The same
 * value always gives the same bytes, so a signature over the bytes is a signature over the value.
 *
 * Only JSON values are accepted: plain objects, arrays, strings, finite numbers, booleans and null. Object
 * properties whose value is `undefined` are left out (as `JSON.stringify` does); anything else throws.
 *
 * @example canonicalJson({ b: 1, a: [true, null] }) // '{"a":[true,null],"b":1}'
 */
export function canonicalJson(value: unknown): string {
	return write(value, '$');
}

/** {@link canonicalJson} as UTF-8 bytes: what is signed and published. */
export function canonicalJsonBytes(value: unknown): Uint8Array {
	return new TextEncoder().encode(canonicalJson(value));
}

/**
 * Whether `bytes` are exactly the canonical form of the JSON they hold (UTF-8, sorted keys, no spaces).
 * @example isCanonicalJson(new TextEncoder().encode('{"a":1}')) // true
 */
export function isCanonicalJson(bytes: Uint8Array): boolean {
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
		return canonicalJson(JSON.parse(text)) === text;
	} catch {
		return false;
	}
}

function write(value: unknown, path: string): string {
	if (value === null) return 'null';
	switch (typeof value) {
		case 'string':
			return JSON.stringify(value);
		case 'boolean':
			return value ? 'true' : 'false';
		case 'number':
			if (!Number.isFinite(value)) throw new TypeError(`${path}: ${value} has no JSON form`);
			return JSON.stringify(value);
		case 'object':
			break;
		default:
			throw new TypeError(`${path}: a ${typeof value} has no JSON form`);
	}
	if (Array.isArray(value)) {
		return `[${value.map((item, index) => write(item, `${path}[${index}]`)).join(',')}]`;
	}
	const prototype = Object.getPrototypeOf(value) as unknown;
	if (prototype !== Object.prototype && prototype !== null) {
		throw new TypeError(`${path}: only plain objects have a canonical JSON form`);
	}
	const record = value as Record<string, unknown>;
	const members = Object.keys(record)
		.filter((key) => record[key] !== undefined)
		.sort()
		.map((key) => `${JSON.stringify(key)}:${write(record[key], `${path}.${key}`)}`);
	return `{${members.join(',')}}`;
}
