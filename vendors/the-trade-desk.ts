import type { VendorDefinition } from '../src/types.js';

/**
 * The Trade Desk Universal Pixel (`js.adsrvr.org/up_loader.1.1.0.js`, `insight.adsrvr.org`).
 */
export const theTradeDesk = {
  id: 'the-trade-desk',
  name: 'The Trade Desk',
  company: 'The Trade Desk, Inc.',
  country: 'US',
  purpose: 'advertising',
  policyUrl: 'https://www.thetradedesk.com/us/website-privacy-policy',
  urls: ['adsrvr.org'],
  cookies: [
    { name: 'TDID', lifetime: '1 year', description: 'Visitor id', thirdParty: true },
    { name: 'TDCPM', lifetime: '1 year', description: 'Ad measurement', thirdParty: true },
  ],
  description: 'Programmatic advertising.',
  source: [
    'https://www.thetradedesk.com/us/privacy',
    'https://partner.thetradedesk.com/v3/portal/data/doc/TrackingTagsUniversalPixel',
  ],
} satisfies VendorDefinition;
