import type { VendorDefinition } from '../src/types.js';

/**
 * Criteo OneTag (`static.criteo.net/js/ld/ld.js`) and its criteo.com/criteo.net endpoints.
 * OneTag keeps its id in the `cto_bundle` cookie and the same key in localStorage.
 */
export const criteo = {
  id: 'criteo',
  name: 'Criteo',
  company: 'Criteo SA',
  country: 'FR',
  purpose: 'advertising',
  policyUrl: 'https://www.criteo.com/privacy/',
  urls: ['criteo.net', 'criteo.com'],
  cookies: [
    { name: 'cto_bundle', lifetime: '13 months', description: 'Visitor id' },
    { name: 'uid', lifetime: '13 months', description: 'Visitor id', thirdParty: true },
  ],
  storage: ['cto_bundle', /^criteo_/],
  description: 'Retargeting ads.',
  source: [
    'https://www.criteo.com/privacy/cookies/',
    'https://help.criteo.com/kb/guide/en/onetag-implementation-guide',
  ],
} satisfies VendorDefinition;
