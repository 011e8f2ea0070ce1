import { catalog } from '../vendors/index.js';

/**
 * The catalog's name for a vendor id, for the placeholder. The first-visit files (tamis-banner.js,
 * tamis-placeholder.js) build this against a catalog reduced to ids and names
 * (`stripVendorDetails({ names: true })`), so a placeholder is named at once without fetching the
 * full catalog; npm builds read the catalog itself.
 * @returns the name, or `undefined` for an id the catalog does not know
 */
export const catalogName = (id: string): string | undefined => catalog.find((vendor) => vendor.id == id)?.name;
