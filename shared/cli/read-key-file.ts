import { readFile } from 'node:fs/promises';

import { fromBase64, parsePublicKey } from '../pack/pack-keys';

/** Marks the private key's line, so a public key or signature can never be mistaken for one. */
export const PRIVATE_KEY_PREFIX = 'ed25519-private-key:';

/** Reads a private key written by `rules keygen`: its one `ed25519-private-key:` line. */
export async function readSecretKeyFile(file: string): Promise<Uint8Array | Error> {
	const text = await readFile(file, 'utf8').catch((error: Error) => error);
	if (text instanceof Error) return new Error(`${file}: ${text.message}`);
	const lines = text.split(/\r?\n/).filter((line) => line.startsWith(PRIVATE_KEY_PREFIX));
	const bytes =
		lines.length === 1 ? fromBase64((lines[0] ?? '').slice(PRIVATE_KEY_PREFIX.length)) : undefined;
	if (bytes?.length !== 32) return new Error(`${file}: not a private key written by \`rules keygen\``);
	return bytes;
}

/** A public key given as a `.pub` file or as the key text itself; returns its one-line text. */
export async function readPublicKeyArg(arg: string): Promise<string | Error> {
	const direct = parsePublicKey(arg);
	if (!(direct instanceof Error)) return arg.trim();
	const text = await readFile(arg, 'utf8').catch((error: Error) => error);
	if (text instanceof Error)
		return new Error(`${arg}: neither a public key nor a readable file (${text.message})`);
	const key = parsePublicKey(text.trim());
	return key instanceof Error ? new Error(`${arg}: ${key.message}`) : text.trim();
}
