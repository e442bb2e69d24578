import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { keyFingerprint, toBase64 } from '../../pack/pack-keys';
import { createPackKeyPair } from '../../pack/sign-pack';
import { PRIVATE_KEY_PREFIX } from '../read-key-file';

export const keygenUsage =
	'keygen --out DIR [--name NAME]   make a signing key pair: DIR/NAME.key (private), DIR/NAME.pub';

/**
 * `rules keygen --out DIR [--name NAME]`: writes a new Ed25519 key pair. `NAME.key` is private and stays with the
 * IT manager (mode 600, never overwritten); `NAME.pub` is the one-line public key for the policy.
 */
export async function keygenCommand(argv: string[]): Promise<number> {
	const { values } = parseArgs({
		args: argv,
		options: { out: { type: 'string' }, name: { type: 'string', default: 'second-look-pack' } },
	});
	if (!values.out) {
		console.error(`usage: rules ${keygenUsage}`);
		return 2;
	}
	if (!/^[\w.-]+$/.test(values.name)) {
		console.error(`keygen: --name may use letters, digits, '.', '_' and '-' only`);
		return 2;
	}
	const keyFile = path.join(values.out, `${values.name}.key`);
	const pubFile = path.join(values.out, `${values.name}.pub`);
	for (const file of [keyFile, pubFile]) {
		if (existsSync(file)) {
			console.error(`keygen: ${file} already exists; not overwriting a key (choose another --name or --out)`);
			return 1;
		}
	}
	const { secretKey, publicKey } = await createPackKeyPair();
	const publicText = toBase64(publicKey);
	await mkdir(values.out, { recursive: true });
	const secretText = [
		'# Second Look rule pack signing key (Ed25519). PRIVATE: keep it with the IT manager;',
		'# never publish, e-mail or commit it. Anyone who has it can push rules to every installed extension.',
		`# public key: ${publicText}`,
		`${PRIVATE_KEY_PREFIX} ${toBase64(secretKey)}`,
		'',
	].join('\n');
	await writeFile(keyFile, secretText, { mode: 0o600, flag: 'wx' });
	await writeFile(pubFile, `${publicText}\n`, { flag: 'wx' });
	console.log(`private key: ${keyFile}  (keep it secret, keep a backup offline)`);
	console.log(`public key:  ${pubFile}`);
	console.log(`fingerprint: ${await keyFingerprint(publicKey)}`);
	console.log(publicText);
	return 0;
}
