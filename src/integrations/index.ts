import type { ResolvedConfig, TamisApi } from '../types.js';
import { startGoogleConsentMode } from './google-consent-mode.js';
import { startVendorSignals } from './vendor-consent-signals.js';
import { startTabSync } from './tab-sync.js';
import { HEAD_BUNDLE, noop } from '../build-flags.js';

export { consentModeState } from './google-consent-mode.js';
export type { ConsentModeState } from './google-consent-mode.js';
export type { ConsentReceipt } from './consent-log.js';

/** What the runtime hands to the integrations (Google Consent Mode, cross-tab sync, receipts). */
export interface IntegrationContext {
  api: TamisApi;
  config: ResolvedConfig;
  /** Re-reads the consent record and applies it (releases newly allowed tags, handles withdrawal). */
  reread(): void | Promise<unknown>;
}

/**
 * Starts the integrations. Called synchronously by the runtime during start-up, before any blocked
 * tag can be released, so Google Consent Mode defaults precede every Google tag.
 * - Google Consent Mode v2: default now, update for a stored decision, then at every change.
 * - The other vendors' consent signals (Microsoft UET and Clarity, Meta, TikTok), the same way, for
 *   the vendors the site lists.
 * - Cross-tab sync: a decision here makes the other open tabs re-read the record; a message from
 *   another tab calls `context.reread()`.
 * Receipts are the deferred module's (consent-log.ts); the runtime loads it at idle time when
 * receipts of a previous page wait.
 * @returns the cleanup (tests): stops listening to the runtime and to other tabs.
 */
export function startIntegrations(context: IntegrationContext): () => void {
  const { api, config } = context;
  const updateGoogle = startGoogleConsentMode(config, api.getConsent());
  const updateVendors = startVendorSignals(config, api);
  // Counts other tabs' decisions being applied here, so they are not echoed back to the other tabs.
  let remote = 0;
  const tabs = startTabSync(async () => {
    remote++;
    let reloading;
    try {
      // A message means another tab changed the record, but it can outrun the record: Chromium
      // hands a tab's cookie write to its cookie store asynchronously, so the change may not be
      // readable here yet. Read again, every 50 ms for up to 2 s, until it is.
      for (let tries = 40, before = api.getConsent()?.id; (reloading = await context.reread()), api.getConsent()?.id == before && --tries; )
        await new Promise((ok) => setTimeout(ok, 50));
    } finally {
      remote--;
    }
    // Another tab forgot the decision (`reset()`) and this page stays (no reload on withdrawal, or
    // nothing to withdraw): ask here too, as a page without a decision does.
    if (!api.getConsent() && reloading !== true) api.showBanner();
  });
  // Every decision and withdrawal (`reset()`) made in this tab reaches the other tabs; one that came
  // from another tab is not echoed back. Google is updated as early as the runtime reports, in case
  // tags are released right after. (Receipts are queued by the deferred module's own decision hook,
  // startConsentLog, synchronously, before a withdrawal reloads the page.)
  const offChange = api.on('change', ({ consent }) => {
    updateGoogle(consent);
    updateVendors();
    if (!remote) tabs.notify();
  });
  return HEAD_BUNDLE ? noop : () => {
    offChange();
    tabs.stop();
  };
}
