import type { VendorDefinition } from '../src/types.js';

/**
 * Teads outstream video and pixel (`a.teads.tv/page/<id>/tag`, `p.teads.tv`).
 */
export const teads = {
  id: 'teads',
  name: 'Teads',
  company: 'Teads SA',
  country: 'LU',
  purpose: 'advertising',
  policyUrl: 'https://www.teads.com/privacy-policy/',
  urls: ['teads.tv'],
  cookies: [
    { name: 'tt_viewer', lifetime: '1 year', description: 'Visitor id', thirdParty: true },
  ],
  description: 'Video advertising.',
  source: [
    'https://www.teads.com/privacy-policy/',
    'https://www.teads.com/cookie-policy/',
  ],
} satisfies VendorDefinition;
