import type { VendorDefinition } from '../src/types.js';

/**
 * Snap Pixel: `sc-static.net/scevent.min.js` and the `tr.snapchat.com` event endpoint.
 */
export const snapPixel = {
  id: 'snap-pixel',
  name: 'Snap Pixel',
  company: 'Snap Inc.',
  country: 'US',
  purpose: 'pixels',
  policyUrl: 'https://values.snap.com/privacy/privacy-policy',
  urls: ['sc-static.net/scevent', 'tr.snapchat.com', 'tr-shadow.snapchat.com'],
  cookies: [
    { name: '_scid', lifetime: '13 months', description: 'Visitor id' },
    { name: '_scid_r', lifetime: '13 months', description: 'Visitor id' },
    { name: '_sctr', lifetime: '1 year', description: 'Session count' },
    { name: 'sc_at', lifetime: '1 year', description: 'Ad measurement', thirdParty: true },
  ],
  description: 'Measures ad conversions, audiences.',
  source: [
    'https://businesshelp.snapchat.com/s/article/snap-pixel-about',
    'https://values.snap.com/privacy/cookie-information',
  ],
} satisfies VendorDefinition;
