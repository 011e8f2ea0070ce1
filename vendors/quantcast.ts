import type { VendorDefinition } from '../src/types.js';

/**
 * Quantcast Measure and Advertise tag (`secure.quantserve.com/quant.js`, `pixel.quantserve.com`).
 */
export const quantcast = {
  id: 'quantcast',
  name: 'Quantcast',
  company: 'Quantcast International Limited',
  country: 'IE',
  purpose: 'advertising',
  policyUrl: 'https://www.quantcast.com/privacy/',
  urls: ['quantserve.com', 'quantcount.com'],
  cookies: [
    { name: '__qca', lifetime: '13 months', description: 'Visitor id' },
    { name: 'mc', lifetime: '13 months', description: 'Visitor id', thirdParty: true },
  ],
  description: 'Audience measurement for ads.',
  source: [
    'https://www.quantcast.com/privacy/',
    'https://www.quantcast.com/legal/cookie-policy/',
  ],
} satisfies VendorDefinition;
