import type { PurposeId, VendorDefinition } from '../../src/types.js';
// The runtime's own matcher and catalog, compiled from this repository: the scanner and the
// runtime agree on which vendor a URL belongs to by construction.
import { matchVendor } from '../../src/blocker/url-matcher.js';
import { catalog } from '../../vendors/index.js';
import { OpenCookieDatabase, slug } from './ocd.js';
import { siteOf, type Party } from './site.js';
import type { PageTamis } from './types.js';

/** Who a request, cookie or storage key belongs to. */
export type Owner =
  | { kind: 'vendor'; id: string; name: string; purpose: PurposeId; source: 'catalog' | 'custom' | 'open-cookie-database' }
  | { kind: 'unknown'; domain: string }
  | { kind: 'first-party' };

/** Purposes that need no consent: strictly necessary, payment-fraud prevention, CNIL-exempt audience measurement. */
export const EXEMPT: ReadonlySet<PurposeId> = new Set<PurposeId>(['necessary', 'fraud', 'audience']);

/**
 * The runtime's matcher, called with absolute URLs only. It is browser code: should a version of it
 * read `document.baseURI` even then, a minimal document stands in for the one call.
 */
function match(url: string, vendors: readonly VendorDefinition[]): VendorDefinition | undefined {
  try {
    return matchVendor(url, vendors, url);
  } catch (error) {
    const g = globalThis as { document?: unknown };
    if (!(error instanceof ReferenceError) || g.document !== undefined) throw error;
    g.document = { baseURI: url };
    try {
      return matchVendor(url, vendors, url);
    } finally {
      delete g.document;
    }
  }
}

/** Cookie names of consent records (tamis's own name comes from the page's config). */
const CONSENT_COOKIE = /consent|cookie_?notice|cookielaw|cookiebot|^cc_cookie$|orejime|klaro|tarteaucitron|didomi|axeptio|^cmp|gdpr|cookie_?pref|cookies?_?accepted|cookieyes/i;

/**
 * Maps what a page loads and leaves to an owner, first match wins: tamis's catalog and the page's
 * own tamis vendors (URL matcher, cookie names, storage keys), then the Open Cookie Database for
 * cookies and storage keys, then "unknown third party" by registrable domain.
 */
export class Classifier {
  readonly catalog: readonly VendorDefinition[] = catalog;
  readonly ocd: OpenCookieDatabase;
  readonly #party: Party;
  readonly #names = new Map(catalog.map((v) => [v.id, v.name]));

  constructor(party: Party, ocd = new OpenCookieDatabase()) {
    this.#party = party;
    this.ocd = ocd;
  }

  /**
   * The vendors the runtime of this page matches against: the catalog, with the page's purpose
   * overrides and its custom vendor definitions when it runs tamis.
   */
  vendorsFor(tamis: PageTamis | null): VendorDefinition[] {
    if (!tamis) return [...this.catalog];
    const page = new Map(tamis.vendors.map((v) => [v.id, v]));
    const out = this.catalog.map((v) => (page.has(v.id) ? { ...v, purpose: page.get(v.id)!.purpose } : v));
    for (const v of tamis.vendors) {
      if (this.catalog.some((c) => c.id === v.id)) continue;
      const urls = v.urls.map((u) => (typeof u === 'string' ? u : new RegExp(u.source, u.flags)));
      out.push({ id: v.id, name: v.id, company: '', purpose: v.purpose, policyUrl: '', urls, cookies: [] });
    }
    return out;
  }

  #vendor(v: VendorDefinition): Owner {
    const source = this.catalog.some((c) => c.id === v.id) ? 'catalog' : 'custom';
    return { kind: 'vendor', id: v.id, name: this.#names.get(v.id) ?? v.name, purpose: v.purpose, source };
  }

  #fromOcd(name: string): Owner | undefined {
    const entry = this.ocd.lookup(name);
    if (!entry) return undefined;
    const id = slug(entry.platform);
    // A platform tamis knows under the same id stays the catalog vendor (OCD never overrules it).
    const known = this.catalog.find((c) => c.id === id);
    if (known) return this.#vendor(known);
    return { kind: 'vendor', id, name: entry.platform, purpose: OpenCookieDatabase.purpose(entry), source: 'open-cookie-database' };
  }

  request(url: string, vendors: readonly VendorDefinition[]): Owner {
    const v = match(url, vendors);
    if (v) return this.#vendor(v);
    const host = new URL(url).hostname;
    return this.#party.isThirdParty(host) ? { kind: 'unknown', domain: siteOf(host) } : { kind: 'first-party' };
  }

  cookie(name: string, domain: string, vendors: readonly VendorDefinition[]): Owner {
    for (const v of vendors) {
      for (const c of v.cookies) {
        if (typeof c.name === 'string' ? c.name === name : new RegExp(c.name.source, c.name.flags).test(name)) return this.#vendor(v);
      }
    }
    const host = domain.replace(/^\./, '');
    const third = this.#party.isThirdParty(host);
    if (third) {
      const v = match(`https://${host}/`, vendors);
      if (v) return this.#vendor(v);
    }
    return this.#fromOcd(name) ?? (third ? { kind: 'unknown', domain: siteOf(host) } : { kind: 'first-party' });
  }

  storage(key: string, origin: string, vendors: readonly VendorDefinition[]): Owner {
    for (const v of vendors) {
      for (const s of v.storage ?? []) {
        if (typeof s === 'string' ? s === key : new RegExp(s.source, s.flags).test(key)) return this.#vendor(v);
      }
    }
    const host = new URL(origin).hostname;
    const third = this.#party.isThirdParty(host);
    if (third) {
      const v = match(origin + '/', vendors);
      if (v) return this.#vendor(v);
    }
    return this.#fromOcd(key) ?? (third ? { kind: 'unknown', domain: siteOf(host) } : { kind: 'first-party' });
  }

  /** Whether a cookie is a consent record (kept as long as the decision: 13 months at most). */
  isConsentCookie(name: string, tamis: PageTamis | null): boolean {
    if (tamis && name === tamis.cookieName) return true;
    if (name === 'tamis_consent') return true;
    const entry = this.ocd.lookup(name);
    if (entry && entry.category === 'Functional' && /consent/i.test(entry.description)) return true;
    return CONSENT_COOKIE.test(name);
  }
}
