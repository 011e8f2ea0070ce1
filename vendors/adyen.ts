import type { VendorDefinition } from '../src/types.js';

/**
 * Adyen Web Drop-in/Components (`checkoutshopper-live.adyen.com`) and its device fingerprint
 * for risk checks. Purpose `fraud` (locked), like Stripe.
 */
export const adyen = {
  id: 'adyen',
  name: 'Adyen',
  company: 'Adyen N.V.',
  country: 'NL',
  purpose: 'fraud',
  policyUrl: 'https://www.adyen.com/policies-and-disclaimer/privacy-policy',
  urls: ['adyen.com', 'adyenpayments.com'],
  cookies: [],
  description: 'Payments, fraud prevention.',
  source: [
    'https://docs.adyen.com/online-payments/build-your-integration/',
    'https://docs.adyen.com/risk-management/device-fingerprinting/',
  ],
} satisfies VendorDefinition;
