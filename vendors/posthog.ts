import type { VendorDefinition } from '../src/types.js';

/**
 * PostHog JavaScript library (`us-assets.i.posthog.com`, EU `eu.i.posthog.com`). Its cookie and
 * localStorage key are `ph_<project key>_posthog`.
 */
export const posthog = {
  id: 'posthog',
  name: 'PostHog',
  company: 'PostHog Inc.',
  country: 'US',
  purpose: 'analytics',
  policyUrl: 'https://posthog.com/privacy',
  urls: ['posthog.com'],
  cookies: [
    { name: /^ph_.+_posthog$/, lifetime: '1 year', description: 'Visitor id, session' },
  ],
  storage: [/^ph_/],
  description: 'Product analytics, recordings.',
  source: [
    'https://posthog.com/docs/libraries/js/persistence',
    'https://posthog.com/privacy',
  ],
} satisfies VendorDefinition;
