import type { VendorDefinition } from '../src/types.js';

/**
 * Smartlook session recording (`web-sdk.smartlook.com`, `*.smartlook.cloud`).
 */
export const smartlook = {
  id: 'smartlook',
  name: 'Smartlook',
  company: 'Smartlook.com, s.r.o.',
  country: 'CZ',
  purpose: 'analytics',
  policyUrl: 'https://www.smartlook.com/privacy/',
  urls: ['smartlook.com', 'smartlook.cloud'],
  cookies: [
    { name: /^SL_C_/, lifetime: '1 year', description: 'Visitor and session id' },
  ],
  storage: [/^SL_/],
  description: 'Session recordings.',
  source: ['https://help.smartlook.com/docs/cookies'],
} satisfies VendorDefinition;
