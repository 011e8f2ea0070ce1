import type { VendorDefinition } from '../src/types.js';

/**
 * PayPal JavaScript SDK (`www.paypal.com/sdk/js`), buttons, and FraudNet (`c.paypal.com`).
 * Purpose `fraud` (locked), like Stripe: the SDK is needed to pay with PayPal, a service the visitor
 * asks for, and its device signals serve payment-fraud prevention. It runs without consent; load it
 * only on pages that take payment.
 */
export const paypal = {
  id: 'paypal',
  name: 'PayPal',
  company: 'PayPal (Europe) S.à r.l. et Cie, S.C.A.',
  country: 'LU',
  purpose: 'fraud',
  policyUrl: 'https://www.paypal.com/myaccount/privacy/privacyhub',
  urls: ['paypal.com', 'paypalobjects.com'],
  cookies: [
    { name: 'ts', lifetime: '3 years', description: 'Fraud prevention', thirdParty: true },
    { name: 'x-pp-s', lifetime: 'session', description: 'Session state', thirdParty: true },
  ],
  description: 'Payments, fraud prevention.',
  source: [
    'https://developer.paypal.com/sdk/js/',
    'https://www.paypal.com/myaccount/privacy/cookies',
  ],
} satisfies VendorDefinition;
