import type { ReactiveControllerHost } from 'lit';
import type { VendorDefinition } from '../src/types.js';
import { reportMissingFile } from '../src/missing-file.js';

let catalog: Promise<VendorDefinition[]> | undefined;
let loaded: VendorDefinition[] | undefined;

/**
 * The full catalog (vendors/), fetched once: dist/tamis.js strips from its copy everything people
 * read (name, company, policy URL, descriptions, cookie lifetimes, third-party cookies) to stay
 * small in `<head>` (scripts/rollup-strip-vendor-details.mjs).
 */
const full = () =>
  (catalog ??= import('../vendors/index.js').then(
    (module) => (loaded = module.catalog),
    (error) => {
      // Vendors are then named by their ids: the choices still work.
      reportMissingFile(error, 'the vendor catalog: names, companies, cookies');
      return (loaded = []);
    },
  ));

/**
 * A vendor with everything people read about it, from the full catalog, fetched only when details
 * are shown. The site's choices (name, purpose) win over the catalog's.
 * @returns the vendor itself when nothing is missing (custom vendors, npm builds)
 */
export async function withDetails(vendor: VendorDefinition): Promise<VendorDefinition> {
  if (vendor.name && vendor.company && vendor.policyUrl && vendor.cookies.every((cookie) => cookie.lifetime)) return vendor;
  const found = (await full()).find((entry) => entry.id === vendor.id);
  const name = vendorName(vendor);
  return found ? { ...found, name, purpose: vendor.purpose } : { ...vendor, name };
}

/**
 * The name to show for a vendor: its own (custom vendors, the site's override, npm builds), else the
 * full catalog's, else its id. When the catalog is needed and not there yet, the id is returned and
 * `host` renders again once the catalog has arrived.
 */
export function vendorName(vendor: VendorDefinition, host?: ReactiveControllerHost): string {
  if (vendor.name) return vendor.name;
  if (!loaded && host) void full().then(() => host.requestUpdate());
  return loaded?.find((entry) => entry.id === vendor.id)?.name ?? vendor.id;
}
