import type { VendorDefinition } from '../src/types.js';

/**
 * Klaviyo onsite tracking and forms (`static.klaviyo.com/onsite/js/klaviyo.js`, `a.klaviyo.com`).
 */
export const klaviyo = {
  id: 'klaviyo',
  name: 'Klaviyo',
  company: 'Klaviyo, Inc.',
  country: 'US',
  purpose: 'advertising',
  policyUrl: 'https://www.klaviyo.com/legal/privacy/privacy-notice',
  urls: ['klaviyo.com'],
  cookies: [
    { name: '__kla_id', lifetime: '2 years', description: 'Visitor id' },
  ],
  storage: [/^klaviyo/],
  description: 'Email marketing, onsite tracking.',
  source: ['https://help.klaviyo.com/hc/en-us/articles/360034666712'],
} satisfies VendorDefinition;
