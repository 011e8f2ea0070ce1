import type { VendorDefinition } from '../src/types.js';

/**
 * Magnite (Rubicon Project) ad exchange and sync (`*.rubiconproject.com`).
 */
export const magnite = {
  id: 'magnite',
  name: 'Magnite',
  company: 'Magnite, Inc.',
  country: 'US',
  purpose: 'advertising',
  policyUrl: 'https://www.magnite.com/legal/advertising-technology-privacy-policy/',
  urls: ['rubiconproject.com'],
  cookies: [
    { name: 'khaos', lifetime: '1 year', description: 'Visitor id', thirdParty: true },
    { name: 'audit', lifetime: '1 year', description: 'Opt-out state', thirdParty: true },
  ],
  description: 'Programmatic advertising.',
  source: ['https://www.magnite.com/legal/advertising-technology-privacy-policy/'],
} satisfies VendorDefinition;
