import type { VendorDefinition } from '../src/types.js';

/**
 * Contentsquare tag (`t.contentsquare.net/uxa/<tag>.js`, collection on `*.contentsquare.net`).
 */
export const contentsquare = {
  id: 'contentsquare',
  name: 'Contentsquare',
  company: 'Contentsquare SAS',
  country: 'FR',
  purpose: 'analytics',
  policyUrl: 'https://contentsquare.com/privacy-center/privacy-policy/',
  urls: ['contentsquare.net'],
  cookies: [
    { name: '_cs_id', lifetime: '13 months', description: 'Visitor id' },
    { name: '_cs_s', lifetime: '30 minutes', description: 'Session state' },
    { name: '_cs_c', lifetime: '13 months', description: 'Consent state' },
    { name: '_cs_cvars', lifetime: 'session', description: 'Custom variables' },
  ],
  description: 'Heatmaps, recordings.',
  source: ['https://docs.contentsquare.com/en/privacy/cookies/'],
} satisfies VendorDefinition;
