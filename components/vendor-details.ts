import type { VendorDefinition } from '../src/types.js';

let catalog: Promise<VendorDefinition[]> | undefined;

/**
 * A vendor with everything people read about it. dist/tamis.js strips company, policy URL,
 * descriptions, cookie lifetimes and third-party cookies from its catalog copy to stay small in
 * `<head>`; the full catalog (vendors/) is fetched here, once, only when details are shown.
 * The site's choices (name, purpose) win over the catalog's.
 * @returns the vendor itself when nothing is missing (custom vendors, npm builds)
 */
export async function withDetails(vendor: VendorDefinition): Promise<VendorDefinition> {
  if (vendor.company && vendor.policyUrl && vendor.cookies.every((cookie) => cookie.lifetime)) return vendor;
  catalog ??= import('../vendors/index.js').then(
    (module) => module.catalog,
    () => [],
  );
  const full = (await catalog).find((entry) => entry.id === vendor.id);
  return full ? { ...full, name: vendor.name, purpose: vendor.purpose } : vendor;
}
