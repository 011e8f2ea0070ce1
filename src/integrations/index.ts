import type { Consent, DecisionDetails, DecisionMethod, ResolvedConfig, TamisApi } from '../types.js';

/** What the runtime hands to the integrations (Google Consent Mode, cross-tab sync, receipts). */
export interface IntegrationContext {
  api: TamisApi;
  config: ResolvedConfig;
  /** Re-reads the consent record and applies it (releases newly allowed tags, handles withdrawal). */
  reload(): void;
  /** Called after every decision made in this tab; returns the unsubscribe function. */
  onDecision(callback: (consent: Consent, details: DecisionDetails & { method: DecisionMethod }) => void): () => void;
}

/**
 * Starts the integrations. Called synchronously by the runtime during start-up, before any blocked
 * tag can be released, so Google Consent Mode defaults precede every Google tag.
 * (Filled in by the integrations work: Google Consent Mode, cross-tab sync, consent receipts.)
 */
export function startIntegrations(_context: IntegrationContext): void {}
