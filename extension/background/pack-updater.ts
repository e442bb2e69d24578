import { browser } from 'wxt/browser';

import { compilePack } from '../../shared/engine/create-engine';
import type { RulePack } from '../../shared/pack/schema';
import { verifyPack } from '../../shared/pack/verify-pack';
import type { PackStatus } from '../messaging/pack-protocol';
import type { EngineHost } from './engine-host';
import { acceptance } from './pack-acceptance';
import { readPackCheckLog, writePackCheckLog, type PackCheckLog } from './pack-check-log';
import { fetchPackFile, PACK_FETCH_LIMITS } from './pack-fetch';
import { readPackSource, viewPackSource, type PackSource } from './pack-source';
import { loadLastGoodPack, saveLastGoodPack, type LastGoodPack } from './pack-store';

export interface PackUpdater {
	/** Re-verifies the last good pack from storage and activates it; call once at start, before checks. */
	restore(): Promise<void>;
	/** Checks the update source now (startup, alarm, "Check now"); one check at a time. */
	checkNow(): Promise<PackStatus>;
	status(): Promise<PackStatus>;
}

const MAX_SIGNATURE_BYTES = 4096;

/** Keeps the active pack up to date from a signed source, and the last good pack in force through any failure. */
export function createPackUpdater(
	host: EngineHost,
	extensionVersion = browser.runtime.getManifest().version,
): PackUpdater {
	let origin: 'bundled' | 'update' = 'bundled';
	let lastGood: LastGoodPack | null = null;
	let queue: Promise<unknown> = Promise.resolve();
	const serial = <T>(task: () => Promise<T>): Promise<T> => {
		const run = queue.then(task, task);
		queue = run.catch(() => undefined);
		return run;
	};

	async function verifyCandidate(packText: string, signature: string, source: PackSource, fileName: string) {
		const verdict = await verifyPack(
			new TextEncoder().encode(packText),
			signature,
			source.publicKeys,
			fileName,
		);
		if (!verdict.ok) return { error: `Refused: ${verdict.message}` };
		const decision = acceptance(verdict.pack.manifest, host.pack().manifest, origin, extensionVersion);
		if (!decision.take) return { error: decision.reason, upToDate: decision.upToDate };
		try {
			compilePack(verdict.pack);
		} catch (error) {
			return { error: `Refused: the pack does not compile: ${(error as Error).message}` };
		}
		return { pack: verdict.pack as RulePack };
	}

	async function check(): Promise<PackCheckLog> {
		const source = await readPackSource();
		if (!source.url) return log('no-source', null);
		if (source.publicKeys.length === 0)
			return log('refused', 'No trusted public key is set for the pack source.');
		try {
			const fileName = new URL(source.url).pathname.split('/').pop() || 'pack.json';
			const bytes = await fetchPackFile(source.url);
			const packText = new TextDecoder().decode(bytes);
			if (origin === 'update' && lastGood?.packText === packText) return log('up-to-date', null);
			const sigBytes = await fetchPackFile(`${source.url}.sig`, {
				...PACK_FETCH_LIMITS,
				maxBytes: MAX_SIGNATURE_BYTES,
			});
			const signature = new TextDecoder().decode(sigBytes);
			const result = await verifyCandidate(packText, signature, source, fileName);
			if (!result.pack)
				return log(result.upToDate ? 'up-to-date' : 'refused', result.upToDate ? null : result.error);
			// Store first, then swap: a crash in between leaves the new pack to be restored on the next start.
			const accepted: LastGoodPack = { packText, signature, url: source.url, acceptedAt: Date.now() };
			await saveLastGoodPack(accepted);
			host.activate(result.pack);
			lastGood = accepted;
			origin = 'update';
			return log('updated', null);
		} catch (error) {
			return log('failed', (error as Error).message);
		}
	}

	async function log(lastOutcome: PackCheckLog['lastOutcome'], lastError: string | null) {
		const entry: PackCheckLog = { lastCheckAt: Date.now(), lastOutcome, lastError };
		await writePackCheckLog(entry);
		return entry;
	}

	async function status(): Promise<PackStatus> {
		const [source, checkLog] = await Promise.all([readPackSource(), readPackCheckLog()]);
		const { manifest } = host.pack();
		const publishedAt = (manifest as { publishedAt?: unknown }).publishedAt;
		return {
			active: {
				id: manifest.id,
				name: manifest.name,
				version: manifest.version,
				publishedAt: typeof publishedAt === 'string' ? publishedAt : null,
				origin,
			},
			source: await viewPackSource(source),
			...checkLog,
		};
	}

	const restored = serial(async () => {
		const stored = await loadLastGoodPack();
		if (!stored) return;
		const source = await readPackSource();
		const result = await verifyCandidate(stored.packText, stored.signature, source, 'stored pack');
		if (!result.pack) {
			if (!result.upToDate) await log('refused', `The stored pack was not restored: ${result.error}`);
			return;
		}
		host.activate(result.pack);
		lastGood = stored;
		origin = 'update';
	});

	return {
		restore: () => restored,
		checkNow: () => serial(async () => (await check(), status())),
		status: () => serial(status),
	};
}
