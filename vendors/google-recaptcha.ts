import type { VendorDefinition } from '../src/types.js';

/**
 * Google reCAPTCHA (`www.google.com/recaptcha/api.js`, `www.gstatic.com/recaptcha/`,
 * `www.recaptcha.net`). Purpose `necessary` (locked): it protects a form the visitor is using against
 * abuse, and the form cannot be sent without it. Some authorities question this because Google may
 * also use the data for itself; a site that prefers consent overrides the purpose, e.g.
 * `{ id: 'google-recaptcha', purpose: 'social' }`, and then holds its form until consent.
 */
export const googleRecaptcha = {
  id: 'google-recaptcha',
  name: 'Google reCAPTCHA',
  company: 'Google Ireland Limited',
  country: 'IE',
  purpose: 'necessary',
  policyUrl: 'https://policies.google.com/privacy',
  urls: ['www.google.com/recaptcha', 'www.gstatic.com/recaptcha', 'recaptcha.net'],
  cookies: [
    { name: '_GRECAPTCHA', lifetime: '6 months', description: 'Risk analysis', thirdParty: true },
  ],
  storage: ['_grecaptcha'],
  description: 'Bot protection on forms.',
  source: [
    'https://developers.google.com/recaptcha/docs/faq',
    'https://policies.google.com/technologies/cookies',
  ],
} satisfies VendorDefinition;
