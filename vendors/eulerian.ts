import type { VendorDefinition } from '../src/types.js';

/**
 * Eulerian (`*.eulerian.net`, `*.eolcdn.com`). Most sites serve it from a first-party CNAME,
 * which is the site's own host and not recognised here.
 */
export const eulerian = {
  id: 'eulerian',
  name: 'Eulerian Analytics',
  company: 'Eulerian Technologies SAS',
  country: 'FR',
  purpose: 'analytics',
  policyUrl: 'https://www.eulerian.com/en/privacy/',
  urls: ['eulerian.net', 'eolcdn.com'],
  cookies: [
    { name: 'etuix', lifetime: '13 months', description: 'Visitor id' },
  ],
  description: 'Measures visits, ad attribution.',
  source: ['https://www.eulerian.com/en/privacy/'],
} satisfies VendorDefinition;
