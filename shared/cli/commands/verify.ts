import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

import { keyFingerprint, parsePublicKey } from '../../pack/pack-keys';
import { verifyPack } from '../../pack/verify-pack';
import { readPublicKeyArg } from '../read-key-file';

export const verifyUsage =
	'verify FILE --pub KEY [--pub KEY…] [--sig SIG]   check FILE.sig with a trusted public key, and the pack itself';

/** `rules verify FILE --pub KEY`: does exactly what the extension does before it takes a pack. */
export async function verifyCommand(argv: string[]): Promise<number> {
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: { pub: { type: 'string', multiple: true }, sig: { type: 'string' } },
	});
	const [file] = positionals;
	if (!file || !values.pub?.length || positionals.length !== 1) {
		console.error(`usage: rules ${verifyUsage}`);
		return 2;
	}
	const keys: string[] = [];
	for (const arg of values.pub) {
		const key = await readPublicKeyArg(arg);
		if (key instanceof Error) {
			console.error(`verify: ${key.message}`);
			return 1;
		}
		keys.push(key);
	}
	const sigFile = values.sig ?? `${file}.sig`;
	const [bytes, signature] = await Promise.all([
		readFile(file).catch((error: Error) => error),
		readFile(sigFile, 'utf8').catch((error: Error) => error),
	]);
	if (bytes instanceof Error || signature instanceof Error) {
		console.error(`verify: ${(bytes instanceof Error ? bytes : (signature as Error)).message}`);
		return 1;
	}
	const verdict = await verifyPack(bytes, signature, keys, file);
	if (!verdict.ok) {
		console.error(`verify: REFUSED: ${verdict.message}`);
		return 1;
	}
	const { id, version, publishedAt, minExtensionVersion } = verdict.pack.manifest;
	const signer = parsePublicKey(verdict.publicKey) as Uint8Array;
	console.log(
		`OK: ${id} ${version}, published ${publishedAt}, needs extension ${minExtensionVersion} or later`,
	);
	console.log(`signed by key ${await keyFingerprint(signer)}`);
	return 0;
}
