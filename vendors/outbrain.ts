import type { VendorDefinition } from '../src/types.js';

/**
 * Outbrain widgets (`widgets.outbrain.com/outbrain.js`) and Pixel (`amplify.outbrain.com/cp/obtp.js`).
 */
export const outbrain = {
  id: 'outbrain',
  name: 'Outbrain',
  company: 'Outbrain Inc.',
  country: 'US',
  purpose: 'advertising',
  policyUrl: 'https://www.outbrain.com/privacy/',
  urls: ['outbrain.com', 'outbrainimg.com'],
  cookies: [
    { name: 'obuid', lifetime: '3 months', description: 'Visitor id', thirdParty: true },
  ],
  description: 'Sponsored content, ad conversions.',
  source: [
    'https://www.outbrain.com/privacy/cookies/',
    'https://www.outbrain.com/help/advertisers/pixel/',
  ],
} satisfies VendorDefinition;
