/**
 * Which vendors claim a URL, by the blocker's production matcher (src/blocker/url-matcher.ts)
 * applied to each vendor alone. The blocker picks the most specific vendor when several match;
 * the catalog tests use this to require that no two vendors match at all, and the e2e fakes to
 * name the vendor of each request.
 */
import type { VendorDefinition } from '../../src/types.js';
import { matchVendor } from '../../src/blocker/url-matcher.js';

/** Every vendor whose patterns claim `url` (absolute, or relative to `base`). */
export function vendorsMatching(vendors: readonly VendorDefinition[], url: string, base = 'http://localhost/'): VendorDefinition[] {
  return vendors.filter((vendor) => matchVendor(url, [vendor], base));
}
