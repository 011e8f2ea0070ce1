import type { VendorDefinition } from '../src/types.js';

/**
 * Index Exchange wrapper and sync (`js-sec.indexww.com`, `*.casalemedia.com`).
 */
export const indexExchange = {
  id: 'index-exchange',
  name: 'Index Exchange',
  company: 'Index Exchange Inc.',
  country: 'CA',
  purpose: 'advertising',
  policyUrl: 'https://www.indexexchange.com/privacy/',
  urls: ['indexww.com', 'casalemedia.com'],
  cookies: [
    { name: 'CMID', lifetime: '1 year', description: 'Visitor id', thirdParty: true },
  ],
  description: 'Programmatic advertising.',
  source: ['https://www.indexexchange.com/privacy/'],
} satisfies VendorDefinition;
