import * as ed from '@noble/ed25519';

import { parsePublicKey, parseSignature } from './pack-keys';
import { parsePublishedPack, type PublishedPack } from './published-pack';

/** Why a pack was refused, as a stable code for tests and logs. */
export type PackRefusal = 'bad-signature-file' | 'bad-key' | 'untrusted-signature' | 'invalid-pack';

export type PackVerdict =
	{ ok: true; pack: PublishedPack; publicKey: string } | { ok: false; code: PackRefusal; message: string };

/**
 * Verifies a published pack: its detached signature must verify over the exact bytes with one of the trusted
 * public keys (checked first, before the bytes are even parsed), and the bytes must be canonical JSON that
 * validates. Pure: runs in the worker and in Node.
 * @example const verdict = await verifyPack(bytes, sigText, ['11qYAYKx…=']); if (verdict.ok) use(verdict.pack);
 */
export async function verifyPack(
	packBytes: Uint8Array,
	signatureText: string,
	trustedKeys: readonly string[],
	fileName = 'pack.json',
): Promise<PackVerdict> {
	const signature = parseSignature(signatureText);
	if (signature instanceof Error) {
		return { ok: false, code: 'bad-signature-file', message: `${fileName}.sig: ${signature.message}` };
	}
	const keys = trustedKeys.map((text) => ({ text: text.trim(), bytes: parsePublicKey(text) }));
	const bad = keys.find((key) => key.bytes instanceof Error);
	if (bad || keys.length === 0) {
		const message = bad
			? `trusted key “${bad.text}”: ${(bad.bytes as Error).message}`
			: 'no trusted key is set';
		return { ok: false, code: 'bad-key', message };
	}
	let signer: string | undefined;
	for (const key of keys) {
		if (await verifySignature(signature, packBytes, key.bytes as Uint8Array)) {
			signer = key.text;
			break;
		}
	}
	if (signer === undefined) {
		return {
			ok: false,
			code: 'untrusted-signature',
			message: `${fileName}: the signature does not match any trusted key (the file was changed after signing, or it was signed with a key that is not trusted)`,
		};
	}
	const pack = parsePublishedPack(packBytes, fileName);
	if (pack instanceof Error) return { ok: false, code: 'invalid-pack', message: pack.message };
	return { ok: true, pack, publicKey: signer };
}

async function verifySignature(
	signature: Uint8Array,
	message: Uint8Array,
	publicKey: Uint8Array,
): Promise<boolean> {
	try {
		// RFC 8032 semantics (not ZIP-215): reject non-canonical encodings and small-order keys.
		return await ed.verifyAsync(signature, message, publicKey, { zip215: false });
	} catch {
		return false;
	}
}
