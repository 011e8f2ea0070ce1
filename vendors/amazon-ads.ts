import type { VendorDefinition } from '../src/types.js';

/**
 * Amazon Ads tags: Amazon Publisher Services (`c.amazon-adsystem.com/aax2/apstag.js`), the Amazon
 * Ad Tag / pixels (`s.amazon-adsystem.com`) and Associates widgets.
 */
export const amazonAds = {
  id: 'amazon-ads',
  name: 'Amazon Ads',
  company: 'Amazon Europe Core S.à r.l.',
  country: 'LU',
  purpose: 'advertising',
  policyUrl: 'https://advertising.amazon.com/legal/privacy-notice',
  urls: ['amazon-adsystem.com', 'assoc-amazon.com'],
  cookies: [
    { name: 'ad-id', lifetime: '7 months', description: 'Ad measurement', thirdParty: true },
    { name: 'ad-privacy', lifetime: '2 years', description: 'Ad opt-out state', thirdParty: true },
  ],
  description: 'Ads and ad measurement.',
  source: [
    'https://www.amazon.co.uk/gp/help/customer/display.html?nodeId=201890250',
    'https://advertising.amazon.com/resources/ad-specs',
  ],
} satisfies VendorDefinition;
