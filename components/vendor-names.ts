import type { VendorDefinition } from '../src/types.js';

/**
 * The catalog's name for a vendor id, for the placeholder (dist/tamis.js strips names from its
 * catalog). Here, from the catalog module (a chunk tamis-ui.js shares with the vendor details).
 * dist/tamis-placeholder.js replaces this module at build time (scripts/rollup-vendor-names.mjs):
 * each name is then a tiny file of its own, `chunks/name-<id>.js`, so a returning visitor downloads
 * the names of the vendors shown in placeholders, not the 10 kB catalog.
 * @returns the name, or `undefined` for an id the catalog does not know
 */
export const catalogName = (id: string): Promise<string | undefined> =>
  import('../vendors/index.js').then(({ catalog }) => catalog.find((vendor: VendorDefinition) => vendor.id == id)?.name);
