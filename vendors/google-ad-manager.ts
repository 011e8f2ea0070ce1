import type { VendorDefinition } from '../src/types.js';

/**
 * Google Publisher Tag (`securepubads.g.doubleclick.net/tag/js/gpt.js`). Longer than Google Ads'
 * `doubleclick.net`, so the GPT hosts are this vendor.
 */
export const googleAdManager = {
  id: 'google-ad-manager',
  name: 'Google Ad Manager',
  company: 'Google Ireland Limited',
  country: 'IE',
  purpose: 'advertising',
  policyUrl: 'https://policies.google.com/privacy',
  urls: ['securepubads.g.doubleclick.net', 'pubads.g.doubleclick.net', 'www.googletagservices.com'],
  cookies: [
    { name: '__gads', lifetime: '13 months', description: 'Ad measurement' },
    { name: '__gpi', lifetime: '13 months', description: 'Ad measurement' },
    { name: '__eoi', lifetime: '6 months', description: 'Ad frequency' },
  ],
  description: 'Ads on the site.',
  source: [
    'https://developers.google.com/publisher-tag/guides/get-started',
    'https://business.safety.google/adscookies/',
  ],
} satisfies VendorDefinition;
