import type { VendorDefinition } from '../src/types.js';

/**
 * Heap (`cdn.heapanalytics.com`, collection on `heapanalytics.com`); cookies end in the environment id.
 */
export const heap = {
  id: 'heap',
  name: 'Heap',
  company: 'Heap Inc.',
  country: 'US',
  purpose: 'analytics',
  policyUrl: 'https://www.heap.io/privacy',
  urls: ['heapanalytics.com', 'heap-api.com'],
  cookies: [
    { name: /^_hp2_id\./, lifetime: '13 months', description: 'Visitor id' },
    { name: /^_hp2_ses_props\./, lifetime: '30 minutes', description: 'Session state' },
    { name: /^_hp2_props\./, lifetime: '13 months', description: 'Event properties' },
  ],
  storage: [/^_hp2_/],
  description: 'Product analytics.',
  source: ['https://help.heap.io/data-management/data-privacy/cookies-in-heap/'],
} satisfies VendorDefinition;
