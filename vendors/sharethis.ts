import type { VendorDefinition } from '../src/types.js';

/**
 * ShareThis share buttons (`platform-api.sharethis.com/js/sharethis.js`, `*.sharethis.com`).
 */
export const sharethis = {
  id: 'sharethis',
  name: 'ShareThis',
  company: 'ShareThis, Inc.',
  country: 'US',
  purpose: 'social',
  policyUrl: 'https://sharethis.com/privacy/',
  urls: ['sharethis.com'],
  cookies: [
    { name: '__sharethis_cookie_test__', lifetime: 'session', description: 'Cookie check' },
    { name: '__stid', lifetime: '2 years', description: 'Visitor id', thirdParty: true },
  ],
  description: 'Share buttons.',
  source: ['https://sharethis.com/privacy/'],
} satisfies VendorDefinition;
