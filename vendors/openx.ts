import type { VendorDefinition } from '../src/types.js';

/**
 * OpenX ad exchange and sync (`*.openx.net`).
 */
export const openx = {
  id: 'openx',
  name: 'OpenX',
  company: 'OpenX Technologies, Inc.',
  country: 'US',
  purpose: 'advertising',
  policyUrl: 'https://www.openx.com/legal/privacy-policy/',
  urls: ['openx.net'],
  cookies: [
    { name: 'i', lifetime: '1 year', description: 'Visitor id', thirdParty: true },
  ],
  description: 'Programmatic advertising.',
  source: ['https://www.openx.com/legal/privacy-policy/'],
} satisfies VendorDefinition;
