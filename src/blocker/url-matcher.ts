import type { VendorDefinition } from '../types.js';

/**
 * Finds the catalog vendor a URL belongs to.
 *
 * A string pattern matches a host and its subdomains (`"hotjar.com"`), or a host followed by a path
 * prefix (`"www.facebook.com/tr"`); a RegExp is tested against `host + pathname + search`, without
 * the scheme. When several patterns match, the most specific wins: any RegExp, then the longest
 * string. That is how `www.googletagmanager.com/gtag/js?id=G-…` goes to Google Analytics and
 * `…?id=AW-…` to Google Ads even though Google Tag Manager claims the whole host.
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
  let u: URL;
  try {
    u = new URL(url!, base);
  } catch {
    return;
  }
  if (!url || !/^https?:$/.test(u.protocol)) return;
  const host = u.hostname;
  const rest = u.pathname + u.search;
  let best: VendorDefinition | undefined;
  let score = 0;
  for (const vendor of vendors) {
    for (const pattern of vendor.urls) {
      let s = 0;
      if (typeof pattern == 'string') {
        // Without a path, the "slash" is past the end: the whole pattern is the host, the path ''.
        const slash = (pattern + '/').indexOf('/');
        const h = pattern.slice(0, slash);
        if ((host == h || host.endsWith('.' + h)) && rest.startsWith(pattern.slice(slash))) {
          s = pattern.length;
        }
      } else {
        pattern.lastIndex = 0;
        if (pattern.test(host + rest)) s = 1e4;
      }
      if (s > score) {
        score = s;
        best = vendor;
      }
    }
  }
  return best;
}
