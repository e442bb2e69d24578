import { describe, expect, it } from 'vitest';

import { canonicalJsonBytes } from '../../../shared/pack/canonical-json';
import { keyFingerprint, parsePublicKey, toBase64 } from '../../../shared/pack/pack-keys';
import { createPackKeyPair, signPack } from '../../../shared/pack/sign-pack';
import { verifyPack } from '../../../shared/pack/verify-pack';
import { samplePack } from './sample-pack';

describe('signPack() and verifyPack()', () => {
	it('accepts a pack signed by a trusted key and returns it parsed', async () => {
		const keys = await createPackKeyPair();
		const bytes = canonicalJsonBytes(samplePack());
		const signature = await signPack(bytes, keys.secretKey);
		expect(signature).toMatch(/^[A-Za-z0-9+/]{86}==\n$/);
		const verdict = await verifyPack(bytes, signature, [toBase64(keys.publicKey)]);
		expect(verdict.ok && verdict.pack.manifest.version).toBe('1.1.0');
	});

	it('tries each trusted key (key rotation)', async () => {
		const [old, current] = [await createPackKeyPair(), await createPackKeyPair()];
		const bytes = canonicalJsonBytes(samplePack());
		const signature = await signPack(bytes, current.secretKey);
		const trusted = [toBase64(old.publicKey), toBase64(current.publicKey)];
		expect((await verifyPack(bytes, signature, trusted)).ok).toBe(true);
	});

	it('refuses a changed byte, another key, or a garbled signature', async () => {
		const [keys, stranger] = [await createPackKeyPair(), await createPackKeyPair()];
		const bytes = canonicalJsonBytes(samplePack());
		const signature = await signPack(bytes, keys.secretKey);
		const tampered = bytes.slice();
		tampered[20] = (tampered[20] ?? 0) ^ 1;
		const trusted = [toBase64(keys.publicKey)];
		expect(await verifyPack(tampered, signature, trusted)).toMatchObject({ code: 'untrusted-signature' });
		expect(await verifyPack(bytes, signature, [toBase64(stranger.publicKey)])).toMatchObject({
			code: 'untrusted-signature',
		});
		expect(await verifyPack(bytes, 'not a signature', trusted)).toMatchObject({ code: 'bad-signature-file' });
		expect(await verifyPack(bytes, signature, ['short'])).toMatchObject({ code: 'bad-key' });
		expect(await verifyPack(bytes, signature, [])).toMatchObject({ code: 'bad-key' });
	});

	it('refuses a signed pack that is not canonical or not valid, naming the file and field', async () => {
		const keys = await createPackKeyPair();
		const trusted = [toBase64(keys.publicKey)];
		const spaced = new TextEncoder().encode(JSON.stringify(samplePack(), null, 1));
		const notCanonical = await verifyPack(spaced, await signPack(spaced, keys.secretKey), trusted);
		expect(notCanonical).toMatchObject({ code: 'invalid-pack', message: expect.stringMatching(/canonical/) });

		const broken = samplePack();
		broken.manifest.version = 'one';
		const bytes = canonicalJsonBytes(broken);
		const invalid = await verifyPack(bytes, await signPack(bytes, keys.secretKey), trusted, 'school.json');
		expect(invalid).toMatchObject({
			code: 'invalid-pack',
			message: expect.stringMatching(/^school\.json: manifest\.version: /),
		});
	});
});

describe('keyFingerprint()', () => {
	it('is short, stable and differs between keys', async () => {
		const key = parsePublicKey(toBase64(new Uint8Array(32).fill(7)));
		if (key instanceof Error) throw key;
		expect(await keyFingerprint(key)).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){3}$/);
		expect(await keyFingerprint(key)).toBe(await keyFingerprint(key.slice()));
		expect(await keyFingerprint(new Uint8Array(32))).not.toBe(await keyFingerprint(key));
	});
});
