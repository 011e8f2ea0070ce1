import type { VendorDefinition } from '../src/types.js';

/**
 * ID5 identity (`id5-sync.com`), usually through Prebid; stores its id in localStorage and cookies.
 */
export const id5 = {
  id: 'id5',
  name: 'ID5',
  company: 'ID5 Technology Ltd',
  country: 'GB',
  purpose: 'advertising',
  policyUrl: 'https://id5.io/platform-privacy-policy/',
  urls: ['id5-sync.com'],
  cookies: [
    { name: /^id5id/, lifetime: '90 days', description: 'Shared id' },
  ],
  storage: [/^id5id/],
  description: 'Identity for ads.',
  source: [
    'https://id5.io/platform-privacy-policy/',
    'https://wiki.id5.io/docs/id5-api-reference',
  ],
} satisfies VendorDefinition;
