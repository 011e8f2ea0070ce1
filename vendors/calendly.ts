import type { VendorDefinition } from '../src/types.js';

/**
 * Calendly embeds (`assets.calendly.com/assets/external/widget.js`, iframes on `calendly.com`).
 * Embedded third-party content: purpose `social` (see docs/vendor-catalog.md).
 */
export const calendly = {
  id: 'calendly',
  name: 'Calendly',
  company: 'Calendly LLC',
  country: 'US',
  purpose: 'social',
  policyUrl: 'https://calendly.com/privacy',
  urls: ['calendly.com'],
  cookies: [
    { name: '__cf_bm', lifetime: '30 minutes', description: 'Bot detection', thirdParty: true },
  ],
  description: 'Embedded scheduling.',
  source: [
    'https://help.calendly.com/hc/en-us/articles/223147027-Embed-options-overview',
    'https://calendly.com/legal/cookie-notice',
  ],
} satisfies VendorDefinition;
