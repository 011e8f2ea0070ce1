import type { VendorDefinition } from '../src/types.js';

/**
 * Mollie Components (`js.mollie.com/v1/mollie.js`). Purpose `fraud` (locked), like Stripe.
 */
export const mollie = {
  id: 'mollie',
  name: 'Mollie',
  company: 'Mollie B.V.',
  country: 'NL',
  purpose: 'fraud',
  policyUrl: 'https://www.mollie.com/privacy',
  urls: ['js.mollie.com'],
  cookies: [],
  description: 'Payments.',
  source: ['https://docs.mollie.com/reference/mollie-js/overview'],
} satisfies VendorDefinition;
