import type { VendorDefinition } from '../src/types.js';

/**
 * Adform tracking points and ads (`track.adform.net`, `s2.adform.net`).
 */
export const adform = {
  id: 'adform',
  name: 'Adform',
  company: 'Adform A/S',
  country: 'DK',
  purpose: 'advertising',
  policyUrl: 'https://site.adform.com/privacy-center/platform/platform-privacy/',
  urls: ['adform.net', 'adformdsp.net'],
  cookies: [
    { name: 'uid', lifetime: '60 days', description: 'Visitor id', thirdParty: true },
    { name: 'C', lifetime: '30 days', description: 'Cookie check', thirdParty: true },
  ],
  description: 'Programmatic advertising.',
  source: ['https://site.adform.com/privacy-center/platform/cookies-and-similar-technologies/'],
} satisfies VendorDefinition;
