import type { VendorDefinition } from '../src/types.js';

/**
 * Facebook JavaScript SDK (`connect.facebook.net/<locale>/sdk.js`) and plugin iframes
 * (`www.facebook.com/plugins/…`: Like, Page, video embeds). A RegExp, so it wins over the Meta
 * Pixel's `connect.facebook.net` for the SDK only.
 */
export const facebookSocial = {
  id: 'facebook-social',
  name: 'Facebook social plugins',
  company: 'Meta Platforms Ireland Limited',
  country: 'IE',
  purpose: 'social',
  policyUrl: 'https://www.facebook.com/privacy/policy/',
  urls: [/^connect\.facebook\.net\/\w+\/(?:sdk|all)[./]/, 'www.facebook.com/plugins'],
  cookies: [
    { name: 'datr', lifetime: '2 years', description: 'Browser id, security', thirdParty: true },
    { name: 'fr', lifetime: '90 days', description: 'Ads', thirdParty: true },
  ],
  description: 'Like buttons, page and post embeds.',
  source: [
    'https://developers.facebook.com/docs/javascript/quickstart',
    'https://www.facebook.com/privacy/policies/cookies/',
  ],
} satisfies VendorDefinition;
