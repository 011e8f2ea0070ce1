import type { VendorDefinition } from '../src/types.js';

/**
 * Mixpanel JavaScript SDK (`cdn.mxpnl.com`, `api-js.mixpanel.com`, EU `api-eu.mixpanel.com`).
 */
export const mixpanel = {
  id: 'mixpanel',
  name: 'Mixpanel',
  company: 'Mixpanel, Inc.',
  country: 'US',
  purpose: 'analytics',
  policyUrl: 'https://mixpanel.com/legal/privacy-policy/',
  urls: ['mxpnl.com', 'mixpanel.com'],
  cookies: [
    { name: /^mp_\w+_mixpanel$/, lifetime: '1 year', description: 'Visitor id and properties' },
  ],
  storage: [/^mp_/],
  description: 'Product analytics.',
  source: [
    'https://docs.mixpanel.com/docs/tracking-methods/sdks/javascript',
    'https://mixpanel.com/legal/cookie-policy/',
  ],
} satisfies VendorDefinition;
