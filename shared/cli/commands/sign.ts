import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

import { keyFingerprint, toBase64 } from '../../pack/pack-keys';
import { parsePublishedPack } from '../../pack/published-pack';
import { publicKeyOf, signPack } from '../../pack/sign-pack';
import { verifyPack } from '../../pack/verify-pack';
import { readSecretKeyFile } from '../read-key-file';

export const signUsage =
	'sign FILE --key KEY                write FILE.sig, the detached signature of a built pack';

/** `rules sign FILE --key KEY`: signs the exact bytes of a built pack and writes `FILE.sig`. */
export async function signCommand(argv: string[]): Promise<number> {
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: { key: { type: 'string' } },
	});
	const [file] = positionals;
	if (!file || !values.key || positionals.length !== 1) {
		console.error(`usage: rules ${signUsage}`);
		return 2;
	}
	const secretKey = await readSecretKeyFile(values.key);
	if (secretKey instanceof Error) {
		console.error(`sign: ${secretKey.message}`);
		return 1;
	}
	const bytes = await readFile(file).catch((error: Error) => error);
	if (bytes instanceof Error) {
		console.error(`sign: ${bytes.message}`);
		return 1;
	}
	// Sign only what the extension would accept: a canonical, valid built pack.
	const pack = parsePublishedPack(bytes, file);
	if (pack instanceof Error) {
		console.error(`sign: refusing to sign ${file}:\n${pack.message}`);
		return 1;
	}
	const signature = await signPack(bytes, secretKey);
	const publicKey = toBase64(await publicKeyOf(secretKey));
	const check = await verifyPack(bytes, signature, [publicKey], file);
	if (!check.ok) {
		console.error(`sign: the new signature does not verify: ${check.message}`);
		return 1;
	}
	await writeFile(`${file}.sig`, signature);
	const { id, version, publishedAt } = pack.manifest;
	console.log(`signed ${id} ${version} (published ${publishedAt}) → ${file}.sig`);
	console.log(`key fingerprint: ${await keyFingerprint(await publicKeyOf(secretKey))}`);
	return 0;
}
