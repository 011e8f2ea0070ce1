import type { VendorDefinition } from '../src/types.js';

/**
 * hCaptcha (`js.hcaptcha.com/1/api.js`, `*.hcaptcha.com`). Purpose `necessary` (locked), like
 * reCAPTCHA: bot protection for a form the visitor is using.
 */
export const hcaptcha = {
  id: 'hcaptcha',
  name: 'hCaptcha',
  company: 'Intuition Machines, Inc.',
  country: 'US',
  purpose: 'necessary',
  policyUrl: 'https://www.hcaptcha.com/privacy',
  urls: ['hcaptcha.com'],
  cookies: [],
  description: 'Bot protection on forms.',
  source: [
    'https://docs.hcaptcha.com/',
    'https://www.hcaptcha.com/privacy',
  ],
} satisfies VendorDefinition;
