import type { VendorDefinition } from '../src/types.js';

/**
 * Kameleoon (`<sitecode>.kameleoon.eu/kameleoon.js`, data on `*.kameleoon.io`).
 */
export const kameleoon = {
  id: 'kameleoon',
  name: 'Kameleoon',
  company: 'Kameleoon SAS',
  country: 'FR',
  purpose: 'analytics',
  policyUrl: 'https://www.kameleoon.com/en/privacy-policy',
  urls: ['kameleoon.eu', 'kameleoon.io'],
  cookies: [
    { name: 'kameleoonVisitorCode', lifetime: '380 days', description: 'Visitor id' },
  ],
  storage: [/^kameleoon/],
  description: 'A/B tests, personalisation.',
  source: ['https://developers.kameleoon.com/web-experimentation/cookies-and-storage/'],
} satisfies VendorDefinition;
