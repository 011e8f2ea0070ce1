/**
 * What clears a withdrawn vendor's data, a chunk of the deferred module (dist/chunks/clear-*.js)
 * fetched only when a decision takes a vendor back: a first visit has nothing to withdraw, so it
 * never downloads the catalog's cookie names and storage keys (issue 13: about 2.3 kB gzip).
 */
import type { VendorDefinition } from '../types.js';
import { catalog } from '../../vendors/index.js';

export { clearVendorData } from '../clear-vendor-data.js';

/**
 * The `<head>` catalog carries no cookie names nor storage keys (scripts/rollup-strip-vendor-details.mjs):
 * take them from the full catalog, keeping those of a site's own definition.
 */
export const withData = (vendor: VendorDefinition): VendorDefinition => {
  const full = catalog.find((v) => v.id == vendor.id);
  return full ? { ...vendor, cookies: [...vendor.cookies ?? [], ...full.cookies], storage: [...vendor.storage ?? [], ...full.storage ?? []] } : vendor;
};
