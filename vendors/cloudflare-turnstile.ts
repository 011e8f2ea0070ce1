import type { VendorDefinition } from '../src/types.js';

/**
 * Cloudflare Turnstile (`challenges.cloudflare.com/turnstile/v0/api.js`). Purpose `necessary`
 * (locked): bot protection for a form the visitor is using; Cloudflare documents that Turnstile does
 * not use the data for advertising and sets no cookie for tracking.
 */
export const cloudflareTurnstile = {
  id: 'cloudflare-turnstile',
  name: 'Cloudflare Turnstile',
  company: 'Cloudflare, Inc.',
  country: 'US',
  purpose: 'necessary',
  policyUrl: 'https://www.cloudflare.com/turnstile-privacy-policy/',
  urls: ['challenges.cloudflare.com'],
  cookies: [],
  description: 'Bot protection on forms.',
  source: [
    'https://developers.cloudflare.com/turnstile/',
    'https://www.cloudflare.com/turnstile-privacy-policy/',
  ],
} satisfies VendorDefinition;
