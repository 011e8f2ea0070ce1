import type { Consent, DecisionDetails, DecisionMethod, ResolvedConfig, TamisApi } from '../types.js';
import type { ConsentReceipt } from './consent-log.js';
import { queueReceipt, receiptsPending } from './consent-log.js';
import { startGoogleConsentMode } from './google-consent-mode.js';
import { startTabSync } from './tab-sync.js';

export { consentModeState } from './google-consent-mode.js';
export type { ConsentModeState } from './google-consent-mode.js';
export type { ConsentReceipt } from './consent-log.js';

/** What the runtime hands to the integrations (Google Consent Mode, cross-tab sync, receipts). */
export interface IntegrationContext {
  api: TamisApi;
  config: ResolvedConfig;
  /** Re-reads the consent record and applies it (releases newly allowed tags, handles withdrawal). */
  reload(): void | Promise<unknown>;
  /** Called after every decision made in this tab; returns the unsubscribe function. */
  onDecision(callback: (consent: Consent, details: DecisionDetails & { method: DecisionMethod }) => void): () => void;
}

/** localStorage key of the receipts outbox (see consent-log.ts). */
/**
 * Starts the integrations. Called synchronously by the runtime during start-up, before any blocked
 * tag can be released, so Google Consent Mode defaults precede every Google tag.
 * - Google Consent Mode v2: default now, update for a stored decision, then at every change.
 * - Cross-tab sync: a decision here makes the other open tabs re-read the record; a message from
 *   another tab calls `context.reload()`.
 * - Receipts: every decision made in this tab is stored in the outbox at once (a reload right after
 *   cannot lose it) and sent to `consentLog.endpoint` by the deferred module, which a decision
 *   loads anyway; when receipts from a previous page wait, it is loaded once the page is idle.
 * @returns the cleanup (tests): stops listening to the runtime and to other tabs.
 */
export function startIntegrations(context: IntegrationContext): () => void {
  const { api, config } = context;
  const updateGoogle = startGoogleConsentMode(config, api.getConsent());
  const options = config.consentLog;
  // A failed load leaves the receipts in the outbox for the next page.
  const send = (receipt?: ConsentReceipt) =>
    import('../deferred/index.js').then((m) => m.sendReceipts(options!, receipt), () => {});
  if (options && receiptsPending()) (window.requestIdleCallback ?? setTimeout)(() => send());
  // Counts other tabs' decisions being applied here, so they are not echoed back to the other tabs.
  let remote = 0;
  const tabs = startTabSync(async () => {
    remote++;
    try {
      await context.reload();
    } finally {
      remote--;
    }
    updateGoogle(api.getConsent());
  });
  const offDecision = context.onDecision((consent, details) => {
    updateGoogle(consent);
    tabs.notify();
    if (options) void send(queueReceipt(consent, details, config.language, api.version));
  });
  // `change` also reports a withdrawal (`reset()`), which is no decision but must reach other tabs.
  // Google is updated here too, as early as the runtime reports, in case tags are released right after.
  const offChange = api.on('change', ({ consent }) => {
    updateGoogle(consent);
    if (!remote && !consent) tabs.notify();
  });
  return () => {
    offDecision();
    offChange();
    tabs.stop();
  };
}
