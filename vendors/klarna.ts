import type { VendorDefinition } from '../src/types.js';

/**
 * Klarna payments and on-site messaging (`js.klarna.com`, `x.klarnacdn.net`,
 * `*.klarnaservices.com`). Purpose `fraud` (locked) as a payment method the visitor chooses; a site
 * that uses only the promotional messaging overrides it to `advertising`.
 */
export const klarna = {
  id: 'klarna',
  name: 'Klarna',
  company: 'Klarna Bank AB (publ)',
  country: 'SE',
  purpose: 'fraud',
  policyUrl: 'https://www.klarna.com/international/privacy-policy/',
  urls: ['klarna.com', 'klarnacdn.net', 'klarnaservices.com'],
  cookies: [],
  description: 'Payments, fraud prevention.',
  source: [
    'https://docs.klarna.com/klarna-payments/',
    'https://www.klarna.com/international/cookie-policy/',
  ],
} satisfies VendorDefinition;
