import type { VendorDefinition } from '../src/types.js';

/**
 * X (Twitter) conversion pixel. `platform.twitter.com/oct.js` is the legacy single-event tag; the
 * rest of platform.twitter.com (widgets.js) is embeds, not this pixel.
 */
export const xPixel = {
  id: 'x-pixel',
  name: 'X Pixel',
  company: 'Twitter International Unlimited Company',
  country: 'IE',
  purpose: 'pixels',
  policyUrl: 'https://x.com/en/privacy',
  urls: ['ads-twitter.com', 'analytics.twitter.com', 't.co/i/adsct', 'platform.twitter.com/oct.js'],
  cookies: [
    // X documents no lifetime for _twclid: its longest documented ad cookie lifetime is used.
    { name: '_twclid', lifetime: '2 years', description: 'Ad click id' },
    { name: 'personalization_id', lifetime: '2 years', description: 'Visitor id', thirdParty: true },
  ],
  description: 'Measures ad conversions, audiences.',
  source: [
    'https://business.x.com/en/help/campaign-measurement-and-analytics/conversion-tracking-for-websites',
    'https://help.x.com/en/rules-and-policies/x-cookies',
  ],
} satisfies VendorDefinition;
