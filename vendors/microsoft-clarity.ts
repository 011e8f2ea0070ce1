import type { VendorDefinition } from '../src/types.js';

/**
 * Microsoft Clarity session replay. `c.bing.com/c.gif` is Clarity's MUID sync; the rest of bing.com
 * (UET `bat.bing.com`) is Microsoft Advertising, another vendor.
 */
export const microsoftClarity = {
  id: 'microsoft-clarity',
  name: 'Microsoft Clarity',
  company: 'Microsoft Ireland Operations Limited',
  country: 'IE',
  purpose: 'analytics',
  policyUrl: 'https://privacy.microsoft.com/privacystatement',
  urls: ['clarity.ms', 'c.bing.com/c.gif'],
  cookies: [
    { name: '_clck', lifetime: '1 year', description: 'Visitor id' },
    { name: '_clsk', lifetime: '1 day', description: 'Session state' },
    { name: 'CLID', lifetime: '1 year', description: 'Visitor id', thirdParty: true },
    { name: 'MUID', lifetime: '1 year', description: 'Visitor id', thirdParty: true },
  ],
  storage: ['_cltk'],
  description: 'Heatmaps, recordings.',
  source: [
    'https://learn.microsoft.com/en-us/clarity/setup-and-installation/cookie-list',
    'https://learn.microsoft.com/en-us/clarity/setup-and-installation/clarity-consent-api-v2',
  ],
} satisfies VendorDefinition;
