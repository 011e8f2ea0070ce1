import type { VendorDefinition } from '../src/types.js';

/**
 * Comscore measurement (`sb.scorecardresearch.com/cs/<id>/beacon.js`, `*.scorecardresearch.com`).
 */
export const comscore = {
  id: 'comscore',
  name: 'Comscore',
  company: 'comScore, Inc.',
  country: 'US',
  purpose: 'analytics',
  policyUrl: 'https://www.scorecardresearch.com/privacy.aspx',
  urls: ['scorecardresearch.com'],
  cookies: [
    { name: 'UID', lifetime: '2 years', description: 'Visitor id', thirdParty: true },
    { name: 'UIDR', lifetime: '2 years', description: 'Visitor id', thirdParty: true },
  ],
  description: 'Cross-site audience measurement.',
  source: ['https://www.scorecardresearch.com/privacy.aspx'],
} satisfies VendorDefinition;
