import Cookies from 'js-cookie';
import type { VendorDefinition } from './types.js';

const matches = (pattern: string | RegExp, name: string) =>
  typeof pattern == 'string' ? pattern === name : name.search(pattern) > -1;

/**
 * The domains a first-party cookie of this host can live on: host-only, the host, then each parent
 * domain but the top-level one (`shop.example.fr` → `shop.example.fr`, `example.fr`). Trackers
 * such as `_ga` set theirs on the widest domain they can (RFC 6265 §5.3 step 5).
 */
export const cookieDomains = (host: string): Array<string | undefined> => {
  const parts = host.split('.');
  return [undefined, ...parts.slice(0, -1).map((_, i) => parts.slice(i).join('.'))];
};

/**
 * Deletes the first-party cookies (exact names and patterns) and the localStorage / sessionStorage
 * keys of the given vendors, as withdrawing consent must stop the tracking it allowed
 * (GDPR art. 7(3); CNIL délibération 2020-092 §25). Third-party cookies are out of reach.
 * Cookies are deleted on `path=/`, where trackers set them.
 */
export function clearVendorData(vendors: VendorDefinition[], host = location.hostname): void {
  const names = document.cookie.split(';').map((c) => c.split('=')[0].trim());
  for (const vendor of vendors) {
    for (const def of vendor.cookies) {
      // `?.`: a hole in a hand-written list (`[a, , b]`) must not stop the clearing.
      if (!def?.name || def.thirdParty) continue;
      for (const name of names) {
        if (matches(def.name, name)) for (const domain of cookieDomains(host)) Cookies.remove(name, { path: '/', domain });
      }
    }
    for (const area of ['localStorage', 'sessionStorage'] as const) {
      try {
        const store = window[area];
        for (const key of Object.keys(store)) if (vendor.storage?.some((p) => matches(p, key))) store.removeItem(key);
      } catch {
        // Storage can be disabled (privacy settings, sandboxed iframes): nothing to clear then.
      }
    }
  }
}
