import type { VendorDefinition } from '../src/types.js';

/**
 * Mapp Intelligence, formerly Webtrekk (`responder.wt-safetag.com`, `*.wt-eu02.net`, `*.webtrekk.net`).
 */
export const mapp = {
  id: 'mapp',
  name: 'Mapp Intelligence (Webtrekk)',
  company: 'Mapp Digital Germany GmbH',
  country: 'DE',
  purpose: 'analytics',
  policyUrl: 'https://mapp.com/privacy-policy/',
  urls: ['wt-safetag.com', 'wt-eu02.net', 'webtrekk.net'],
  cookies: [
    { name: 'wt3_eid', lifetime: '6 months', description: 'Visitor id' },
    { name: 'wt3_sid', lifetime: 'session', description: 'Session id' },
  ],
  description: 'Measures visits and site usage.',
  source: ['https://documentation.mapp.com/latest/en/cookies-used-by-mapp-intelligence-21533316.html'],
} satisfies VendorDefinition;
