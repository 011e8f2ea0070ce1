import type { VendorDefinition } from '../src/types.js';

/**
 * AddToAny share buttons (`static.addtoany.com/menu/page.js`); AddToAny states it sets no cookie.
 */
export const addtoany = {
  id: 'addtoany',
  name: 'AddToAny',
  company: 'AddToAny LLC',
  country: 'US',
  purpose: 'social',
  policyUrl: 'https://www.addtoany.com/privacy',
  urls: ['addtoany.com'],
  cookies: [],
  description: 'Share buttons.',
  source: ['https://www.addtoany.com/privacy'],
} satisfies VendorDefinition;
