import type { VendorDefinition } from '../src/types.js';

/**
 * Equativ, formerly Smart AdServer (`ced.sascdn.com`, `*.smartadserver.com`).
 */
export const equativ = {
  id: 'equativ',
  name: 'Equativ (Smart AdServer)',
  company: 'Equativ SAS',
  country: 'FR',
  purpose: 'advertising',
  policyUrl: 'https://equativ.com/privacy-policy/',
  urls: ['smartadserver.com', 'sascdn.com'],
  cookies: [
    { name: 'pid', lifetime: '13 months', description: 'Visitor id', thirdParty: true },
  ],
  description: 'Programmatic advertising.',
  source: ['https://equativ.com/privacy-policy/'],
} satisfies VendorDefinition;
