import type { VendorDefinition } from '../src/types.js';

/**
 * etracker (`code.etracker.com/code/e.js`, `www.etracker.de`). It runs cookieless by default; the
 * visitor id cookie appears only when the site turns cookies on.
 */
export const etracker = {
  id: 'etracker',
  name: 'etracker Analytics',
  company: 'etracker GmbH',
  country: 'DE',
  purpose: 'analytics',
  policyUrl: 'https://www.etracker.com/en/data-privacy/',
  urls: ['etracker.com', 'etracker.de', 'etracker.net'],
  cookies: [
    { name: '_et_coid', lifetime: '2 years', description: 'Visitor id' },
  ],
  description: 'Measures visits and site usage.',
  source: ['https://www.etracker.com/en/docs/integration-setup/settings-parameters/cookies/'],
} satisfies VendorDefinition;
