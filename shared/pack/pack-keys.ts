/**
 * The text forms of Ed25519 keys and signatures: a public key is its 32 bytes in base64 on one line (what goes in
 * the policy's `rulePackPublicKeys`), a signature its 64 bytes in base64 on one line (the `.sig` file).
 */

const PUBLIC_KEY_BYTES = 32;
const SIGNATURE_BYTES = 64;

/** Standard base64 of bytes (no line breaks). */
export function toBase64(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary);
}

/** Bytes of standard base64, or `undefined` when the text is not base64. */
export function fromBase64(text: string): Uint8Array | undefined {
	const clean = text.trim();
	if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 !== 0) return undefined;
	return Uint8Array.from(atob(clean), (char) => char.charCodeAt(0));
}

/**
 * A public key from its one-line text, or an error in words.
 * @example parsePublicKey('11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=')
 */
export function parsePublicKey(text: string): Uint8Array | Error {
	const bytes = fromBase64(text);
	if (bytes?.length !== PUBLIC_KEY_BYTES) {
		return new Error('not an Ed25519 public key (expected 44 characters of base64, as printed by keygen)');
	}
	return bytes;
}

/** A signature from the text of a `.sig` file, or an error in words. */
export function parseSignature(text: string): Uint8Array | Error {
	const bytes = fromBase64(text);
	if (bytes?.length !== SIGNATURE_BYTES) {
		return new Error('the signature file does not hold an Ed25519 signature (88 characters of base64)');
	}
	return bytes;
}

/**
 * A short, readable fingerprint of a public key, for people to compare by eye: the first 8 bytes of its SHA-256,
 * in four groups of hex. Uses WebCrypto, so it runs in the worker and in Node.
 * @example await keyFingerprint(publicKey) // 'a1b2 c3d4 e5f6 0718'
 */
export async function keyFingerprint(publicKey: Uint8Array): Promise<string> {
	const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(publicKey)));
	const hex = Array.from(digest.slice(0, 8), (byte) => byte.toString(16).padStart(2, '0')).join('');
	return hex.match(/.{4}/g)?.join(' ') ?? hex;
}
