import type { VendorDefinition } from '../src/types.js';

/**
 * Xandr (AppNexus) ad serving and pixels on `adnxs.com`.
 */
export const xandr = {
  id: 'xandr',
  name: 'Xandr (Microsoft Invest)',
  company: 'Xandr Inc.',
  country: 'US',
  purpose: 'advertising',
  policyUrl: 'https://about.ads.microsoft.com/en/policies/legal-privacy-and-security/xandr-platform-privacy-policy',
  urls: ['adnxs.com', 'adnxs-simple.com'],
  cookies: [
    { name: 'uuid2', lifetime: '3 months', description: 'Visitor id', thirdParty: true },
    { name: 'anj', lifetime: '3 months', description: 'Visitor id', thirdParty: true },
  ],
  description: 'Programmatic advertising.',
  source: ['https://learn.microsoft.com/en-us/xandr/invest/universal-pixel-overview'],
} satisfies VendorDefinition;
