/**
 * Test-local URL matcher following the catalog's documented semantics (see `VendorDefinition.urls`):
 * a string is a host and its subdomains, or a host followed by a path prefix; a RegExp is tested
 * against `host + pathname + search` with no scheme. The production matcher belongs to the blocker
 * (src/blocker/url-matcher.ts); the fakes and the catalog tests use this one until it lands.
 */
import type { VendorDefinition } from '../../src/types.js';

/** Whether one catalog pattern claims an absolute URL. */
export function patternMatches(pattern: string | RegExp, url: URL): boolean {
  const host = url.host.toLowerCase();
  if (pattern instanceof RegExp) return pattern.test(host + url.pathname + url.search);
  const slash = pattern.indexOf('/');
  const patternHost = slash < 0 ? pattern : pattern.slice(0, slash);
  const path = slash < 0 ? '' : pattern.slice(slash);
  const hostOk = host === patternHost || host.endsWith('.' + patternHost);
  return hostOk && (url.pathname + url.search).startsWith(path);
}

/** Every vendor whose patterns claim `url` (absolute, or relative to `base`). */
export function vendorsMatching(vendors: readonly VendorDefinition[], url: string, base?: string): VendorDefinition[] {
  const parsed = new URL(url, base);
  return vendors.filter((vendor) => vendor.urls.some((pattern) => patternMatches(pattern, parsed)));
}
