import type { VendorGlobals, VendorSignal } from './vendor-signal.js';

/**
 * Microsoft Advertising UET consent mode: `uetq.push('consent', 'default' | 'update',
 * { ad_storage })`. The default goes into the `uetq` queue before the UET snippet runs; the snippet
 * keeps an existing `uetq` (`w[u] = w[u] || []`) and the UET tag reads it in order, so the default
 * precedes `pageLoad` even when Google Tag Manager inserts the tag
 * (learn.microsoft.com/en-us/advertising/guides/universal-event-tracking, "consent mode").
 */
export const uetConsent: VendorSignal = (allowed, first) => {
  ((window as VendorGlobals).uetq ||= []).push('consent', first ? 'default' : 'update', {
    ad_storage: allowed ? 'granted' : 'denied',
  });
};
