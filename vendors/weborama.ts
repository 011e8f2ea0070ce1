import type { VendorDefinition } from '../src/types.js';

/**
 * Weborama tags and data platform (`cstatic.weborama.fr`, `*.weborama.com`).
 */
export const weborama = {
  id: 'weborama',
  name: 'Weborama',
  company: 'Weborama SA',
  country: 'FR',
  purpose: 'advertising',
  policyUrl: 'https://weborama.com/en/privacy/',
  urls: ['weborama.fr', 'weborama.com', 'weborama.io'],
  cookies: [
    { name: 'AFFICHE_W', lifetime: '13 months', description: 'Visitor id', thirdParty: true },
  ],
  description: 'Programmatic advertising.',
  source: ['https://weborama.com/en/privacy/'],
} satisfies VendorDefinition;
