import type { VendorDefinition } from '../src/types.js';

/**
 * Pinterest Tag (conversion pixel): `s.pinimg.com/ct/core.js` and its `ct.pinterest.com` events.
 * The rest of s.pinimg.com is Pinterest's own images; the Pin It button is pinterest-widgets.
 */
export const pinterestTag = {
  id: 'pinterest-tag',
  name: 'Pinterest Tag',
  company: 'Pinterest Europe Limited',
  country: 'IE',
  purpose: 'pixels',
  policyUrl: 'https://policy.pinterest.com/privacy-policy',
  urls: ['s.pinimg.com/ct/', 'ct.pinterest.com'],
  cookies: [
    { name: '_pin_unauth', lifetime: '1 year', description: 'Visitor id' },
    { name: '_epik', lifetime: '1 year', description: 'Ad click id' },
    { name: '_derived_epik', lifetime: '1 year', description: 'Ad click id' },
    { name: '_pinterest_ct_ua', lifetime: '1 year', description: 'Visitor id', thirdParty: true },
  ],
  description: 'Measures ad conversions, audiences.',
  source: [
    'https://help.pinterest.com/en/business/article/install-the-pinterest-tag',
    'https://policy.pinterest.com/cookies',
  ],
} satisfies VendorDefinition;
