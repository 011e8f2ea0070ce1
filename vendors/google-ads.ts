import type { VendorDefinition } from '../src/types.js';

/**
 * Google Ads conversion tracking and remarketing. Shares `gtag/js` with GA4: only `id=AW-…`
 * (and Floodlight `DC-…`) is this vendor, so consenting to analytics alone never loads it.
 */
export const googleAds = {
  id: 'google-ads',
  name: 'Google Ads',
  company: 'Google Ireland Limited',
  country: 'IE',
  purpose: 'advertising',
  policyUrl: 'https://policies.google.com/privacy',
  urls: [
    /^www\.googletagmanager\.com\/gtag\/(?:js|destination)\?(?:.*&)?id=(?:AW|DC)-/,
    'www.googleadservices.com',
    'doubleclick.net',
    'www.google.com/pagead',
    // GA4's remarketing audiences (Google signals) are advertising, whichever tag sends them.
    'www.google.com/ads/ga-audiences',
  ],
  cookies: [
    { name: '_gcl_au', lifetime: '90 days', description: 'Conversion linking' },
    { name: /^_gcl_(?:aw|dc|gs|gb)$/, lifetime: '90 days', description: 'Ad click id' },
    { name: /^_gac_/, lifetime: '90 days', description: 'Ad measurement' },
    { name: 'IDE', lifetime: '13 months', description: 'Ad measurement', thirdParty: true },
  ],
  storage: ['_gcl_ls'],
  description: 'Measures ad conversions, remarketing.',
  source: [
    'https://business.safety.google/adscookies/',
    'https://support.google.com/google-ads/answer/7521212',
  ],
} satisfies VendorDefinition;
