import type { VendorDefinition } from '../src/types.js';

/**
 * Lotame data platform and Panorama ID (`tags.crwdcntrl.net`, `bcp.crwdcntrl.net`).
 */
export const lotame = {
  id: 'lotame',
  name: 'Lotame',
  company: 'Lotame Solutions, Inc.',
  country: 'US',
  purpose: 'advertising',
  policyUrl: 'https://www.lotame.com/privacy/',
  urls: ['crwdcntrl.net'],
  cookies: [
    { name: '_cc_id', lifetime: '9 months', description: 'Visitor id' },
    { name: 'panoramaId', lifetime: '7 days', description: 'Panorama id' },
    { name: 'panoramaId_expiry', lifetime: '7 days', description: 'Panorama id expiry' },
  ],
  storage: ['_cc_id', /^panoramaId/],
  description: 'Audience data for ads.',
  source: [
    'https://www.lotame.com/privacy/',
    'https://www.lotame.com/panorama/id/',
  ],
} satisfies VendorDefinition;
