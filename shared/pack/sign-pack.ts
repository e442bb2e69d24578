import * as ed from '@noble/ed25519';

import { toBase64 } from './pack-keys';

/** A fresh Ed25519 key pair; the secret key stays with the IT manager. */
export interface PackKeyPair {
	secretKey: Uint8Array;
	publicKey: Uint8Array;
}

/** Makes a new signing key pair from the platform's secure random source. */
export async function createPackKeyPair(): Promise<PackKeyPair> {
	const { secretKey, publicKey } = await ed.keygenAsync();
	return { secretKey, publicKey };
}

/** The public key belonging to a secret key. */
export function publicKeyOf(secretKey: Uint8Array): Promise<Uint8Array> {
	return ed.getPublicKeyAsync(secretKey);
}

/**
 * Signs the exact bytes of a built pack and returns the detached signature as the one-line text of its `.sig`
 * file. Pure: no file or network access, so it runs in Node and in the worker alike.
 * @example await writeFile('pack.json.sig', await signPack(await readFile('pack.json'), secretKey))
 */
export async function signPack(packBytes: Uint8Array, secretKey: Uint8Array): Promise<string> {
	const signature = await ed.signAsync(packBytes, secretKey);
	return `${toBase64(signature)}\n`;
}
