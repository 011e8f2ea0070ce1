import type { Consent, PurposeId, ResolvedConfig } from '../types.js';
import { noop } from '../build-flags.js';

/** Consent Mode v2 states, as `gtag('consent', …)` takes them. */
export type ConsentModeState = Record<
  'ad_storage' | 'ad_user_data' | 'ad_personalization' | 'analytics_storage',
  'granted' | 'denied'
>;

/** What Google's own snippet leaves on `window`. */
interface GoogleGlobals {
  dataLayer?: unknown[];
  gtag?: (...args: unknown[]) => void;
}

const g = window as unknown as GoogleGlobals;

/**
 * Pushes an `Arguments` object, exactly as Google's snippet `function gtag(){dataLayer.push(arguments)}`
 * does: gtag.js reads commands only from Arguments objects, not from plain arrays.
 */
function gtag(..._args: unknown[]): void {
  // eslint-disable-next-line prefer-rest-params
  (g.dataLayer ||= []).push(arguments);
}

/**
 * Maps a decision to Consent Mode v2: analytics → `analytics_storage`; advertising → `ad_storage`,
 * `ad_user_data`, `ad_personalization`. A per-vendor choice for Google Analytics or Google Ads wins
 * over its purpose.
 * @returns every type `denied` when there is no decision.
 */
export function consentModeState(consent: Consent | null): ConsentModeState {
  const allowed = (id: string, purpose: PurposeId) =>
    (consent?.vendors[id] ?? consent?.categories[purpose]) ? 'granted' : 'denied';
  const ads = allowed('google-ads', 'advertising');
  return { ad_storage: ads, ad_user_data: ads, ad_personalization: ads, analytics_storage: allowed('google-analytics', 'analytics') };
}

/**
 * Starts Google Consent Mode v2 when the resolved config asks for it (on by default when a Google
 * vendor is listed). Must run before any Google tag: it defines `dataLayer`/`gtag` if absent and
 * pushes `gtag('consent', 'default', …)` with every storage denied but functionality and security
 * (developers.google.com/tag-platform/security/guides/consent), then an update for a stored decision and a
 * `tamis_consent_update` dataLayer event for Google Tag Manager triggers.
 * @returns a function that pushes an update (and the GTM event) for a decision, or for a withdrawal
 *   (`null`: all denied); a no-op when Consent Mode is off. The runtime calls it once per change.
 */
export function startGoogleConsentMode(config: ResolvedConfig, consent: Consent | null): (consent: Consent | null) => void {
  const options = config.googleConsentMode;
  if (!options) return noop;
  g.gtag ||= gtag;
  gtag('consent', 'default', {
    ...consentModeState(null),
    functionality_storage: 'granted',
    security_storage: 'granted',
    wait_for_update: options.waitForUpdate,
    ...(options.region && { region: options.region }),
  });
  if (options.adsDataRedaction != null) gtag('set', 'ads_data_redaction', options.adsDataRedaction);
  if (options.urlPassthrough != null) gtag('set', 'url_passthrough', options.urlPassthrough);
  const update = (c: Consent | null) => {
    gtag('consent', 'update', consentModeState(c));
    // After the update, so a GTM trigger on this event already sees the new consent state.
    g.dataLayer!.push({ event: 'tamis_consent_update', tamis: { ...c?.categories } });
  };
  // Without a stored decision the default stands: no update, no GTM event.
  if (consent) update(consent);
  return update;
}
