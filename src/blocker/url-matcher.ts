import type { VendorDefinition } from '../types.js';
import { HEAD_BUNDLE } from '../build-flags.js';

/** One URL pattern in the index: the vendor's rank in the list (ties go to the first), its vendor, what to test, its score. */
type Entry = [rank: number, vendor: VendorDefinition, test: string | RegExp, score: number];

/**
 * Vendor URL patterns by host, built once per vendor list: finding a URL's vendor costs a few Map
 * lookups (one per label of its host) whatever the number of vendors. `any` holds the RegExps that
 * are not anchored on one host (Matomo's script path on any host), tested on every URL.
 */
export interface VendorIndex {
  hosts: Map<string, Entry[]>;
  any: Entry[];
}

/**
 * Indexes a vendor list. A string pattern goes under its host with its path prefix; a RegExp that
 * begins with one literal host followed by `/` (and has no top-level `|`) under that host;
 * any other RegExp is tested on every URL.
 */
export function indexVendors(vendors: readonly VendorDefinition[]): VendorIndex {
  const index: VendorIndex = { hosts: new Map(), any: [] };
  const add = (key: string | undefined, entry: Entry) =>
    key ? index.hosts.get(key)?.push(entry) ?? index.hosts.set(key, [entry]) : index.any.push(entry);
  vendors.forEach((vendor, rank) => {
    for (const pattern of vendor.urls) {
      if (typeof pattern == 'string') {
        // Without a path, the "slash" is past the end: the whole pattern is the host, the path ''.
        const slash = (pattern + '/').indexOf('/');
        add(pattern.slice(0, slash), [rank, vendor, pattern.slice(slash), pattern.length]);
      } else add(HEAD_BUNDLE ? (pattern as AnchoredRegExp).host : anchoredHost(pattern.source), [rank, vendor, pattern, 1e4]);
    }
  });
  return index;
}

/**
 * A catalog RegExp in dist/tamis.js: the build found its anchored host (scripts/rollup-head-catalog.mjs),
 * so the head carries no {@link anchoredHost}. The site's own RegExps there have none: they are
 * tested on every URL, which gives the same answer (an anchored RegExp matches its host only).
 */
export type AnchoredRegExp = RegExp & { host?: string };

/** The host a RegExp source is anchored on (`^www\.example\.com\/…`), when it cannot match another. */
export function anchoredHost(source: string): string | undefined {
  const host = /^\^((?:[\w-]|\\\.)+)\\\//.exec(source)?.[1];
  // A top-level alternative (`^a\.com\/x|y`) could match any host: drop escapes, classes, then
  // groups from the inside out, and look for a `|` left.
  let rest = source.replace(/\\.|\[(?:\\.|[^\]])*]/g, '');
  while (rest != (rest = rest.replace(/\([^()]*\)/g, '')));
  return rest.includes('|') ? undefined : host?.replace(/\\/g, '');
}

/**
 * The vendor of `host` + `rest` (pathname + search). When several patterns match, the most
 * specific wins: any RegExp, then the longest string; then the vendor listed first.
 */
export function findVendor(index: VendorIndex, host: string, rest: string): VendorDefinition | undefined {
  // `host.` is `host` (DNS resolves both): a trailing dot must not slip past the patterns.
  if (host.endsWith('.')) host = host.slice(0, -1);
  let best: Entry | undefined;
  // The host and each parent domain: a string pattern matches a host and its subdomains.
  for (let h = host, dot = 0; dot >= 0; dot = h.indexOf('.'), h = h.slice(dot + 1)) best = pick(index.hosts.get(h), host, rest, best);
  return pick(index.any, host, rest, best)?.[1];
}

/** The best of `best` and the entries that match. */
function pick(entries: Entry[] | undefined, host: string, rest: string, best: Entry | undefined): Entry | undefined {
  // Indexes, not destructuring: this runs for every URL the page sets.
  for (let i = 0; entries && i < entries.length; i++) {
    const e = entries[i];
    const p = e[2];
    if ((!best || e[3] > best[3] || (e[3] == best[3] && e[0] < best[0])) &&
      (typeof p == 'string' ? rest.startsWith(p) : ((p.lastIndex = 0), p.test(host + rest)))) best = e;
  }
  return best;
}

/** Parses a URL; `undefined` when it cannot be parsed. */
const parse = (url: string, base?: string): URL | undefined => {
  try {
    return new URL(url, base);
  } catch {
    // not a URL
  }
};

/** The base URL last seen, and the parts of it that relative URLs need (none when not http(s)). */
let baseHref = '';
let baseAt: [host: string, path: string] | undefined;

// What makes URL text differ from what the WHATWG URL parser gives in pathname + search: tab,
// newline, space, quote, backslash, non-ASCII (percent-encoded or removed by the parser), a dot
// segment (`.`, `%2e`). URLs with none of them are read as text.
const UNCLEAN = /[^\w\-.~!$&()*+,;=:@%/?]|(?:^|\/)(?:\.|%2e)/i;
// An absolute http(s) URL with a plain lowercase host not ending in a digit (IPv4 forms) nor a dot.
const ABSOLUTE = /^https?:\/\/([a-z\d.-]*[a-z-])(?::\d*)?(?=[/?]|$)/;

/**
 * The host and pathname + search of a URL, as the URL parser would give them, without parsing
 * the URLs most pages are made of: relative, same-origin and plain absolute URLs are read as text;
 * anything unusual goes to `new URL`.
 * @returns `undefined` for empty, non-http(s) and unparsable URLs
 */
export function locate(url: string | null | undefined, baseURI: string): [host: string, rest: string] | undefined {
  if (!url) return;
  const hash = url.indexOf('#');
  const text = hash < 0 ? url : url.slice(0, hash);
  if (text && !UNCLEAN.test(text)) {
    const abs = ABSOLUTE.exec(text);
    if (abs) {
      // `https://host` and `https://host?q` have the path `/`.
      const rest = text.slice(abs[0].length);
      return [abs[1], rest[0] == '/' ? rest : '/' + rest];
    }
    if (baseHref !== baseURI) {
      const u = parse((baseHref = baseURI));
      baseAt = u && /^https?:$/.test(u.protocol) ? [u.hostname, u.pathname] : undefined;
    }
    // Relative: no scheme (no `:` before the first `/` or `?`), not protocol-relative.
    const at = baseAt;
    if (at && !/^[^/?]*:|^\/\//.test(text)) return [at[0], text[0] == '/' ? text : (text[0] == '?' ? at[1] : at[1].replace(/[^/]*$/, '')) + text];
  }
  const u = parse(url, baseURI);
  if (u && /^https?:$/.test(u.protocol)) return [u.hostname, u.pathname + u.search];
}

const indexes = new WeakMap<readonly VendorDefinition[], VendorIndex>();

/**
 * Finds the catalog vendor a URL belongs to.
 *
 * A string pattern matches a host and its subdomains (`"hotjar.com"`), or a host followed by a path
 * prefix (`"www.facebook.com/tr"`); a RegExp is tested against `host + pathname + search`, without
 * the scheme. When several patterns match, the most specific wins: any RegExp, then the longest
 * string. That is how `www.googletagmanager.com/gtag/js?id=G-…` goes to Google Analytics and
 * `…?id=AW-…` to Google Ads even though Google Tag Manager claims the whole host. The patterns are
 * indexed by host once per `vendors` array: keep passing the same array.
 *
 * @param url absolute, protocol-relative or relative URL (resolved against `base`)
 * @param vendors vendor definitions to search
 * @param base base URL for relative URLs @default document.baseURI
 * @returns the matching vendor, or `undefined` (also for non-http(s) URLs and unparsable input)
 */
export function matchVendor(
  url: string | null | undefined,
  vendors: readonly VendorDefinition[],
  base: string = document.baseURI,
): VendorDefinition | undefined {
  const at = locate(url, base);
  let index = indexes.get(vendors);
  if (!index) indexes.set(vendors, (index = indexVendors(vendors)));
  return at && findVendor(index, ...at);
}
