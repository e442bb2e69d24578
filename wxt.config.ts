import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

import { SITE_MATCHES } from './extension/sites/site-matches';
import { bundledPackPlugin } from './shared/cli/bundled-pack-plugin';

/** Public half of the extension's signing key: gives the Chrome build the fixed id `kffjenllbfkbjfhpamcfgkpjgohpiffk`, which enterprise policy needs. */
const MANIFEST_KEY =
	'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAykuoWuLmjL58xjqBPwyk5eThyPROc0eDW95EPDPArSw58PMcWonsYNT1+nBHxXqvFLwgfx6SYlU1fKjnc9sQfjl+hkM2xl11tVFtUyDW5Da5qyX1qCu1qCX3+LqLTn6wUT0O+IktsLChfO1fxRZmbG71/lyq8MgaGXcLPmKvv6I+jeEt5+v1ldOLViRyZg2Pg+C7fPLm1p2YGBYarxlVbxuZ6CZMTzCoNuUUuHUL5YBMbah2rmq8DkhqX/UrbOLcVPtYWHpiTD5R1X91dwAcWLQrMyIBH1xvNR7LWN7OUx5VO7Hi3nxmgC8153xOy8cv3ftF2wLjUPHV9+ldMfUw7QIDAQAB';

export default defineConfig({
	modules: ['@wxt-dev/webextension-polyfill'],
	imports: false,
	zip: {
		excludeSources: ['keys/**', 'shots/**', 'reports/**', 'test-results/**', '*.log', '*.pem', '*.key'],
	},
	vite: () => ({ plugins: [preact(), bundledPackPlugin('rules')] }),
	manifest: ({ browser }) => ({
		name: 'Second Look',
		description:
			'A second look at a social-media post before it goes out. Checks drafts on this device only; never blocks, never reports.',
		permissions: ['storage', 'alarms', 'contextMenus'],
		host_permissions: SITE_MATCHES,
		// No remote code, no eval, no plugins: the extension's pages run only their own bundled scripts.
		content_security_policy: { extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'" },
		...(browser === 'chrome'
			? { key: MANIFEST_KEY, storage: { managed_schema: 'managed_schema.json' } }
			: {
					browser_specific_settings: {
						gecko: {
							id: 'second-look@mandeville.ealing.sch.uk',
							data_collection_permissions: { required: ['none'] },
						},
					},
				}),
	}),
});
