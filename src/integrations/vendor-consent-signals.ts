import type { ResolvedConfig, TamisApi } from '../types.js';
import type { VendorSignal } from './vendor-signal.js';
import { uetConsent } from './microsoft-uet-consent.js';
import { clarityConsent } from './microsoft-clarity-consent.js';
import { metaConsent } from './meta-pixel-consent.js';
import { tiktokConsent } from './tiktok-pixel-consent.js';

/** Catalog vendors with a documented consent API, and the signal each gets. */
const SIGNALS: Array<[vendorId: string, signal: VendorSignal]> = [
  ['microsoft-advertising', uetConsent],
  ['microsoft-clarity', clarityConsent],
  ['meta-pixel', metaConsent],
  ['tiktok-pixel', tiktokConsent],
];

/**
 * Starts the consent signals of the vendors the site lists (README, "Vendor consent signals"):
 * a default that denies, now, before any tag of the vendor can run (the runtime calls this during
 * start-up, before it releases a tag); then, for a stored decision, an update at once.
 * @returns the function that sends an update to each of them; the runtime calls it on every change.
 */
export function startVendorSignals(config: ResolvedConfig, api: TamisApi): () => void {
  const listed = SIGNALS.filter(([id]) => config.vendors.some((v) => v.id == id));
  const send = (first: boolean) => listed.forEach(([id, signal]) => signal(!first && api.hasConsent(id), first, first ? () => false : api.hasConsent));
  send(true);
  const update = () => send(false);
  if (api.getConsent()) update();
  return update;
}
