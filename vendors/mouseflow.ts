import type { VendorDefinition } from '../src/types.js';

/**
 * Mouseflow (`cdn.mouseflow.com/projects/<id>.js`, `o2.mouseflow.com`); the session cookie is
 * `mf_<website id>`.
 */
export const mouseflow = {
  id: 'mouseflow',
  name: 'Mouseflow',
  company: 'Mouseflow ApS',
  country: 'DK',
  purpose: 'analytics',
  policyUrl: 'https://mouseflow.com/privacy/',
  urls: ['mouseflow.com'],
  cookies: [
    { name: 'mf_user', lifetime: '90 days', description: 'Visitor id' },
    { name: /^mf_(?!user$)/, lifetime: 'session', description: 'Session state' },
  ],
  description: 'Heatmaps, recordings.',
  source: ['https://help.mouseflow.com/en/articles/4310818-cookies-used-by-mouseflow'],
} satisfies VendorDefinition;
