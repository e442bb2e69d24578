import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { expect, test } from '@playwright/test';

import { SITE_MATCHES } from '../../../extension/sites/site-matches';
import { EXTENSION_DIR } from '../../harness/launch-extension';

/**
 * Every permission the extension may ask for, why, and a piece of the built code that proves it is used.
 * A new permission needs a row here and in README.md's "Permissions" section, or this test fails.
 */
const ALLOWED_PERMISSIONS: Record<string, { why: string; usedBy: RegExp }> = {
	storage: {
		why: 'settings, the opt-in, the active pack and its source (storage.local); IT policy (storage.managed)',
		usedBy: /\.storage\.(local|managed)/,
	},
	alarms: { why: 'the periodic rule-pack update check survives worker restarts', usedBy: /\.alarms\./ },
	contextMenus: {
		why: '"Report to the Headteacher" on a selection, link or page of the four sites',
		usedBy: /\.contextMenus\.create/,
	},
};

/** Content-security directives an extension page may have; anything remote or eval-like fails. */
const FORBIDDEN_CSP = /unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*|data:|blob:/;

interface Manifest {
	manifest_version: number;
	permissions?: string[];
	optional_permissions?: string[];
	host_permissions?: string[];
	optional_host_permissions?: string[];
	content_security_policy?: { extension_pages?: string; sandbox?: string };
	externally_connectable?: unknown;
	web_accessible_resources?: Array<{ resources: string[] }>;
	content_scripts?: Array<{ matches: string[] }>;
	background?: { service_worker?: string };
}

let manifest: Manifest;
let builtFiles: string[];

test.beforeAll(() => {
	const file = path.join(EXTENSION_DIR, 'manifest.json');
	if (!existsSync(file)) execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit', timeout: 120_000 });
	manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
	builtFiles = readdirSync(EXTENSION_DIR, { recursive: true, encoding: 'utf8' }).filter((f) =>
		/\.(js|html)$/.test(f),
	);
});

const built = (f: string) => readFileSync(path.join(EXTENSION_DIR, f), 'utf8');

test.describe('the built manifest (.output/chrome-mv3)', () => {
	test('asks only for allowed permissions, each with a reason, each used by the code', () => {
		const asked = [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])];
		const code = builtFiles
			.filter((f) => f.endsWith('.js'))
			.map(built)
			.join('\n');
		for (const permission of asked) {
			expect(Object.keys(ALLOWED_PERMISSIONS), `permission "${permission}" is not justified`).toContain(
				permission,
			);
			expect(code, `"${permission}" is asked for but no built code uses it`).toMatch(
				ALLOWED_PERMISSIONS[permission]!.usedBy,
			);
		}
	});

	test('reaches only the four sites, and nothing can connect to it from outside', () => {
		for (const host of manifest.host_permissions ?? []) expect(SITE_MATCHES).toContain(host);
		for (const script of manifest.content_scripts ?? [])
			for (const match of script.matches) expect(SITE_MATCHES).toContain(match);
		expect(manifest.externally_connectable).toBeUndefined();
		// Pages may not frame or fetch our pages and scripts: nothing executable is web-accessible.
		for (const entry of manifest.web_accessible_resources ?? [])
			for (const resource of entry.resources) expect(resource).not.toMatch(/\.(js|html)$|\*/);
	});

	test('has a strict extension-page CSP: own scripts only, no eval, no plugins', () => {
		const csp = manifest.content_security_policy?.extension_pages ?? '';
		const directives = new Map(
			csp
				.split(';')
				.map((d) => d.trim().split(/\s+/))
				.filter((d) => d[0])
				.map(([name, ...values]) => [name!, values]),
		);
		expect(directives.get('script-src')).toEqual(["'self'"]);
		expect(["'self'", "'none'"]).toContain(directives.get('object-src')?.join(' '));
		expect(csp).not.toMatch(FORBIDDEN_CSP);
		expect(manifest.content_security_policy?.sandbox).toBeUndefined();
	});

	test('runs no remote code: every script is a file in the package', () => {
		for (const page of builtFiles.filter((f) => f.endsWith('.html'))) {
			for (const [, src] of built(page).matchAll(/<script[^>]*\ssrc="([^"]+)"/g))
				expect(src, `${page} loads ${src}`).toMatch(/^\/?[\w./-]+\.js$/);
			expect(built(page)).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>\s*\S/); // no inline script
		}
		for (const script of builtFiles.filter((f) => f.endsWith('.js'))) {
			const code = built(script);
			expect(code, script).not.toMatch(/importScripts\s*\(|import\(\s*["'`]https?:/);
			expect(code, script).not.toMatch(/\.src\s*=\s*["'`]https?:/);
		}
		expect(manifest.background?.service_worker).toMatch(/^[\w./-]+\.js$/);
	});

	test('README.md justifies each permission in its "Permissions" section', () => {
		const readme = readFileSync('README.md', 'utf8');
		const section = readme.split(/^## Permissions$/m)[1]?.split(/^## /m)[0] ?? '';
		expect(section, 'README.md has no "## Permissions" section').not.toBe('');
		for (const permission of manifest.permissions ?? []) expect(section).toContain(`\`${permission}\``);
		expect(section).toContain('host permissions');
	});
});
