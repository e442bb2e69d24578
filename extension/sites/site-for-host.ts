import facebook from './facebook';
import instagram from './instagram';
import linkedin from './linkedin';
import type { SiteAdapter } from './site-adapter';
import x from './x';

/** Every site adapter; add a site by writing its file and listing it here (and in site-matches.ts). */
export const SITE_ADAPTERS: SiteAdapter[] = [facebook, x, linkedin, instagram];

/** The adapter serving a host name (subdomains included), or undefined. */
export function siteForHost(hostname: string): SiteAdapter | undefined {
	return SITE_ADAPTERS.find((site) => site.hosts.some((h) => hostname === h || hostname.endsWith(`.${h}`)));
}
