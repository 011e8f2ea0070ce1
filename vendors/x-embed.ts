import type { VendorDefinition } from '../src/types.js';

/**
 * Embedded posts and timelines: `platform.twitter.com/widgets.js`, its `/embed/` iframes and the
 * syndication endpoints. `platform.twitter.com/oct.js` is the X Pixel.
 */
export const xEmbed = {
  id: 'x-embed',
  name: 'X (Twitter) embeds',
  company: 'Twitter International Unlimited Company',
  country: 'IE',
  purpose: 'social',
  policyUrl: 'https://x.com/en/privacy',
  urls: [
    'platform.twitter.com/widgets',
    'platform.twitter.com/embed',
    'platform.twitter.com/js/',
    'syndication.twitter.com',
    'cdn.syndication.twimg.com',
  ],
  cookies: [
    { name: 'guest_id', lifetime: '2 years', description: 'Visitor id', thirdParty: true },
    { name: 'personalization_id', lifetime: '2 years', description: 'Visitor id', thirdParty: true },
  ],
  description: 'Embedded posts and timelines.',
  source: [
    'https://developer.x.com/en/docs/x-for-websites/embedded-tweets/overview',
    'https://help.x.com/en/rules-and-policies/x-cookies',
  ],
} satisfies VendorDefinition;
