import type { VendorDefinition } from '../src/types.js';

/**
 * Google Analytics 4 (gtag.js). Shares `gtag/js` with Google Ads: only `id=G-…` is this vendor.
 * `gtag/destination` is what gtag.js itself loads for each further `config` id.
 * Cookies: Google's GA4 cookie list (developers.google.com/analytics, "Cookie usage").
 */
export const googleAnalytics = {
  id: 'google-analytics',
  name: 'Google Analytics',
  company: 'Google Ireland Limited',
  country: 'IE',
  purpose: 'analytics',
  policyUrl: 'https://policies.google.com/privacy',
  urls: [
    /^www\.googletagmanager\.com\/gtag\/(?:js|destination)\?(?:.*&)?id=G-/,
    'google-analytics.com',
    'analytics.google.com',
  ],
  cookies: [
    { name: '_ga', lifetime: '2 years', description: 'Visitor id' },
    { name: /^_ga_/, lifetime: '2 years', description: 'Session state' },
    // Universal Analytics (analytics.js) leftovers: _gid 24 hours, _gat* 1 minute.
    { name: /^_g(?:id$|at)/, lifetime: '24 hours', description: 'Visitor id (legacy)' },
  ],
  description: 'Measures visits and site usage.',
  source: [
    'https://support.google.com/analytics/answer/11397207',
    'https://developers.google.com/tag-platform/gtagjs/install',
  ],
} satisfies VendorDefinition;
