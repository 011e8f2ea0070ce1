import type { VendorGlobals, VendorSignal } from './vendor-signal.js';

/**
 * TikTok Pixel consent: `ttq.holdConsent()` before the pixel loads, then `ttq.grantConsent()` or
 * `ttq.revokeConsent()` (ads.tiktok.com/help, "cookie consent for the TikTok Pixel"). tamis creates
 * the `ttq` queue that TikTok's snippet keeps (`w[t] = w[t] || []`), so the hold comes first even
 * when Google Tag Manager inserts the snippet; once the stub or the pixel defines the methods,
 * updates call them.
 */
export const tiktokConsent: VendorSignal = (allowed, first) => {
  const ttq = ((window as VendorGlobals).ttq ||= [] as unknown as NonNullable<VendorGlobals['ttq']>);
  const method = first ? 'holdConsent' : allowed ? 'grantConsent' : 'revokeConsent';
  if (typeof ttq[method] == 'function') (ttq[method] as () => void)();
  else ttq.push([method]);
};
