import type { VendorDefinition } from '../src/types.js';

/**
 * AB Tasty tag (`try.abtasty.com/<id>.js`, collection on `ariane.abtasty.com`).
 */
export const abTasty = {
  id: 'ab-tasty',
  name: 'AB Tasty',
  company: 'AB Tasty SAS',
  country: 'FR',
  purpose: 'analytics',
  policyUrl: 'https://www.abtasty.com/privacy-policy/',
  urls: ['abtasty.com'],
  cookies: [
    { name: 'ABTasty', lifetime: '13 months', description: 'Visitor id, tests seen' },
    { name: 'ABTastySession', lifetime: 'session', description: 'Session state' },
  ],
  storage: [/^ABTasty/],
  description: 'A/B tests, personalisation.',
  source: ['https://docs.abtasty.com/client-side/cookies-and-storage'],
} satisfies VendorDefinition;
