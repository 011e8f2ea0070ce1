import type { VendorDefinition } from '../src/types.js';

/**
 * Taboola widgets and Pixel (`cdn.taboola.com/libtrc/…`, `trc.taboola.com`).
 */
export const taboola = {
  id: 'taboola',
  name: 'Taboola',
  company: 'Taboola, Inc.',
  country: 'US',
  purpose: 'advertising',
  policyUrl: 'https://www.taboola.com/policies/privacy-policy',
  urls: ['taboola.com', 'taboolasyndication.com'],
  cookies: [
    { name: 't_gid', lifetime: '1 year', description: 'Visitor id' },
    { name: 't_pt_gid', lifetime: '1 year', description: 'Visitor id' },
    { name: 'taboola_session_id', lifetime: 'session', description: 'Session state' },
  ],
  description: 'Sponsored content, ad conversions.',
  source: [
    'https://www.taboola.com/policies/privacy-policy#cookies',
    'https://help.taboola.com/hc/en-us/articles/115006850567-Taboola-Pixel',
  ],
} satisfies VendorDefinition;
