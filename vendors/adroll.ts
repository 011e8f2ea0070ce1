import type { VendorDefinition } from '../src/types.js';

/**
 * AdRoll pixel (`s.adroll.com/j/roundtrip.js`, `d.adroll.com`).
 */
export const adroll = {
  id: 'adroll',
  name: 'AdRoll',
  company: 'NextRoll, Inc.',
  country: 'US',
  purpose: 'advertising',
  policyUrl: 'https://www.adroll.com/about/privacy',
  urls: ['adroll.com'],
  cookies: [
    { name: '__adroll', lifetime: '13 months', description: 'Visitor id' },
    { name: '__adroll_fpc', lifetime: '1 year', description: 'Visitor id' },
    { name: '__ar_v4', lifetime: '1 year', description: 'Ad measurement' },
  ],
  description: 'Retargeting ads.',
  source: ['https://help.adroll.com/hc/en-us/articles/216599538-AdRoll-Cookies'],
} satisfies VendorDefinition;
