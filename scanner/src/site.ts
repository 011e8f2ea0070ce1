import { getDomain, parse } from 'tldts';

/**
 * The "site" of a host as browsers compute it: its registrable domain over the whole Public Suffix
 * List, private section included (`a.github.io` and `b.github.io` are different sites); an IP
 * address or a single-label host such as `localhost` is its own site.
 */
export function siteOf(host: string): string {
  const h = host.replace(/^\[|\]$/g, '').replace(/^\./, '').toLowerCase();
  const info = parse(h, { allowPrivateDomains: true });
  if (info.isIp || !h.includes('.')) return h;
  return getDomain(h, { allowPrivateDomains: true }) ?? h;
}

/** Decides first or third party against the scanned site (and the hosts the user declared its own). */
export class Party {
  readonly site: string;
  readonly #extra: Set<string>;

  constructor(siteUrl: string, firstPartyHosts: string[] = []) {
    this.site = siteOf(new URL(siteUrl).hostname);
    this.#extra = new Set(firstPartyHosts.map((h) => siteOf(h)));
  }

  /** `true` when a host (or a cookie domain, leading dot allowed) belongs to another site. */
  isThirdParty(host: string): boolean {
    const s = siteOf(host);
    return s !== this.site && !this.#extra.has(s);
  }
}
