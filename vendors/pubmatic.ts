import type { VendorDefinition } from '../src/types.js';

/**
 * PubMatic header bidding and user sync (`ads.pubmatic.com`, `image6.pubmatic.com`).
 */
export const pubmatic = {
  id: 'pubmatic',
  name: 'PubMatic',
  company: 'PubMatic, Inc.',
  country: 'US',
  purpose: 'advertising',
  policyUrl: 'https://pubmatic.com/legal/privacy-policy/',
  urls: ['pubmatic.com'],
  cookies: [
    { name: 'KADUSERCOOKIE', lifetime: '3 months', description: 'Visitor id', thirdParty: true },
  ],
  description: 'Programmatic advertising.',
  source: ['https://pubmatic.com/legal/privacy-policy/'],
} satisfies VendorDefinition;
