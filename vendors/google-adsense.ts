import type { VendorDefinition } from '../src/types.js';

/**
 * Google AdSense (`pagead2.googlesyndication.com/pagead/js/adsbygoogle.js`) and its ad-quality
 * checks. Ads served from doubleclick.net are Google Ads' URLs.
 */
export const googleAdsense = {
  id: 'google-adsense',
  name: 'Google AdSense',
  company: 'Google Ireland Limited',
  country: 'IE',
  purpose: 'advertising',
  policyUrl: 'https://policies.google.com/privacy',
  urls: ['googlesyndication.com', 'adtrafficquality.google'],
  cookies: [
    { name: '__gads', lifetime: '13 months', description: 'Ad measurement' },
    { name: '__gpi', lifetime: '13 months', description: 'Ad measurement' },
    { name: '__eoi', lifetime: '6 months', description: 'Ad frequency' },
  ],
  description: 'Ads on the site.',
  source: [
    'https://business.safety.google/adscookies/',
    'https://support.google.com/adsense/answer/7549925',
  ],
} satisfies VendorDefinition;
