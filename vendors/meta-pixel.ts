import type { VendorDefinition } from '../src/types.js';

/** Meta (Facebook) Pixel. Lifetimes: Meta cookie policy and "About cookie settings for your pixel". */
export const metaPixel = {
  id: 'meta-pixel',
  name: 'Meta Pixel',
  company: 'Meta Platforms Ireland Limited',
  country: 'IE',
  purpose: 'pixels',
  policyUrl: 'https://www.facebook.com/privacy/policy/',
  urls: ['connect.facebook.net', 'www.facebook.com/tr'],
  cookies: [
    { name: '_fbp', lifetime: '90 days', description: 'Visitor id' },
    { name: '_fbc', lifetime: '90 days', description: 'Ad click id' },
    { name: 'fr', lifetime: '90 days', description: 'Ad measurement', thirdParty: true },
  ],
  description: 'Measures ad conversions, audiences.',
  source: [
    'https://developers.facebook.com/docs/meta-pixel/get-started',
    'https://www.facebook.com/privacy/policies/cookies/',
  ],
} satisfies VendorDefinition;
