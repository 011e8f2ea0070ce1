import type { VendorDefinition } from '../src/types.js';

/**
 * Yahoo Dot tag (`s.yimg.com/wi/ytc.js`, `sp.analytics.yahoo.com`). Only /wi/ of s.yimg.com is the tag.
 */
export const yahooDot = {
  id: 'yahoo-dot',
  name: 'Yahoo Advertising',
  company: 'Yahoo EMEA Limited',
  country: 'IE',
  purpose: 'advertising',
  policyUrl: 'https://legal.yahoo.com/ie/en/yahoo/privacy/index.html',
  urls: ['s.yimg.com/wi/', 'analytics.yahoo.com'],
  cookies: [
    { name: 'A3', lifetime: '1 year', description: 'Visitor id', thirdParty: true },
  ],
  description: 'Measures ad conversions, audiences.',
  source: [
    'https://developer.yahooinc.com/dsp/docs/pixels/dot-tag.html',
    'https://legal.yahoo.com/ie/en/yahoo/privacy/cookies/index.html',
  ],
} satisfies VendorDefinition;
