import type { VendorDefinition } from '../src/types.js';

/**
 * tawk.to chat (`embed.tawk.to/<property>/<widget>`, `va.tawk.to`).
 */
export const tawkTo = {
  id: 'tawk-to',
  name: 'tawk.to',
  company: 'tawk.to inc.',
  country: 'US',
  purpose: 'social',
  policyUrl: 'https://www.tawk.to/privacy-policy/',
  urls: ['tawk.to'],
  cookies: [
    { name: 'TawkConnectionTime', lifetime: 'session', description: 'Chat connection' },
    { name: /^twk_/, lifetime: '6 months', description: 'Chat visitor id' },
  ],
  storage: [/^twk_/],
  description: 'Chat widget.',
  source: ['https://help.tawk.to/article/what-cookies-does-tawkto-use'],
} satisfies VendorDefinition;
