import type { VendorDefinition } from '../src/types.js';

/**
 * DataDome bot protection (`js.datadome.co/tags.js`, `api-js.datadome.co`, challenge pages on
 * `captcha-delivery.com`). Purpose `necessary` (locked): security of the service.
 */
export const datadome = {
  id: 'datadome',
  name: 'DataDome',
  company: 'DataDome SAS',
  country: 'FR',
  purpose: 'necessary',
  policyUrl: 'https://datadome.co/privacy-policy/',
  urls: ['datadome.co', 'captcha-delivery.com'],
  cookies: [
    { name: 'datadome', lifetime: '1 year', description: 'Bot detection' },
  ],
  description: 'Bot protection.',
  source: [
    'https://docs.datadome.co/docs/cookie-policy',
    'https://datadome.co/privacy-policy/',
  ],
} satisfies VendorDefinition;
