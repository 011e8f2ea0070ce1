import type { VendorDefinition } from '../src/types.js';

/** Stripe.js: Stripe loads it on every page for payment fraud signals (purpose `fraud`, always on). */
export const stripe = {
  id: 'stripe',
  name: 'Stripe',
  company: 'Stripe Payments Europe, Limited',
  country: 'IE',
  purpose: 'fraud',
  policyUrl: 'https://stripe.com/privacy',
  urls: ['js.stripe.com', 'm.stripe.com', 'm.stripe.network'],
  cookies: [
    { name: '__stripe_mid', lifetime: '1 year', description: 'Fraud prevention' },
    { name: '__stripe_sid', lifetime: '30 minutes', description: 'Fraud prevention' },
  ],
  description: 'Payments, fraud prevention.',
  source: [
    'https://stripe.com/cookies-policy/legal',
    'https://docs.stripe.com/js',
  ],
} satisfies VendorDefinition;
