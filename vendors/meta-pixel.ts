import type { VendorDefinition } from '../src/types.js';

/** Meta (Facebook) Pixel. Lifetimes: Meta cookie policy and "About cookie settings for your pixel". */
export const metaPixel = {
  id: 'meta-pixel',
  name: 'Meta Pixel',
  company: 'Meta Platforms Ireland Limited',
  purpose: 'pixels',
  policyUrl: 'https://www.facebook.com/privacy/policy/',
  urls: ['connect.facebook.net', 'www.facebook.com/tr'],
  cookies: [
    { name: '_fbp', lifetime: '90 days', description: 'Identifies the browser for ads' },
    { name: '_fbc', lifetime: '90 days', description: 'Stores the last ad click id' },
    { name: 'fr', lifetime: '90 days', description: 'Ad delivery and measurement', thirdParty: true },
  ],
  description: 'Measures Facebook and Instagram ad results and builds audiences.',
} satisfies VendorDefinition;
