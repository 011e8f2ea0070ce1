import type { VendorGlobals, VendorSignal } from './vendor-signal.js';

/**
 * Microsoft Clarity consent API v2: `clarity('consentv2', { ad_Storage, analytics_Storage })`,
 * which Clarity enforces for visitors in the EEA, the UK and Switzerland since 31 October 2025
 * (learn.microsoft.com/en-us/clarity/setup-and-installation/clarity-consent-api-v2). Defines the
 * same queue stub as Clarity's snippet (which keeps an existing one), so the call is queued before
 * the Clarity tag loads. `analytics_Storage` follows the choice for Clarity; `ad_Storage` (sharing
 * with Microsoft Advertising) needs Clarity and the advertising purpose.
 */
export const clarityConsent: VendorSignal = (analytics, first, granted) => {
  const w = window as VendorGlobals;
  w.clarity ||= function () {
    // eslint-disable-next-line prefer-rest-params
    (w.clarity!.q ||= []).push(arguments);
  };
  w.clarity('consentv2', {
    ad_Storage: analytics && granted('advertising') ? 'granted' : 'denied',
    analytics_Storage: analytics ? 'granted' : 'denied',
  });
};
