import type { VendorDefinition } from '../src/types.js';

/**
 * Tealium iQ tag manager (`tags.tiqcdn.com/utag/<account>/<profile>/<env>/utag.js`) and its
 * collect endpoints. Its purpose is that of the tags it fires, so sites override it.
 */
export const tealium = {
  id: 'tealium',
  name: 'Tealium iQ',
  company: 'Tealium Inc.',
  country: 'US',
  purpose: 'analytics',
  policyUrl: 'https://tealium.com/privacy/',
  urls: ['tiqcdn.com', 'tealiumiq.com'],
  cookies: [
    { name: 'utag_main', lifetime: '1 year', description: 'Visitor and session state' },
  ],
  description: 'Loads the site\'s tags.',
  source: ['https://docs.tealium.com/platforms/javascript/reference/utag-main-cookie/'],
} satisfies VendorDefinition;
