import type { VendorDefinition } from '../src/types.js';

/**
 * Reddit Pixel: `www.redditstatic.com/ads/pixel.js` and its `alb.reddit.com` events.
 */
export const redditPixel = {
  id: 'reddit-pixel',
  name: 'Reddit Pixel',
  company: 'Reddit, Inc.',
  country: 'US',
  purpose: 'pixels',
  policyUrl: 'https://www.reddit.com/policies/privacy-policy',
  urls: ['www.redditstatic.com/ads/', 'alb.reddit.com', 'pixel-config.reddit.com'],
  cookies: [
    { name: '_rdt_uuid', lifetime: '90 days', description: 'Visitor id' },
    { name: '_rdt_cid', lifetime: '90 days', description: 'Ad click id' },
  ],
  description: 'Measures ad conversions, audiences.',
  source: [
    'https://business.reddithelp.com/s/article/reddit-pixel',
    'https://www.reddit.com/policies/cookies',
  ],
} satisfies VendorDefinition;
