import type { VendorDefinition } from '../src/types.js';

/**
 * The catalog's name for a vendor id, for the placeholder (dist/tamis.js strips names from its
 * catalog). Here, from the catalog module, fetched once. The first-visit files (tamis-banner.js,
 * tamis-placeholder.js) replace this module at build time (scripts/rollup-vendor-names.mjs): each
 * name is then a tiny file of its own, `chunks/name-<id>.js`, so a page downloads the names of the
 * vendors it shows a placeholder for, however large the catalog grows.
 * @returns the name, or `undefined` for an id the catalog does not know
 */
export const catalogName = (id: string): Promise<string | undefined> =>
  import('../vendors/index.js').then(({ catalog }) => catalog.find((vendor: VendorDefinition) => vendor.id == id)?.name);
