import type { VendorDefinition } from '../src/types.js';

/**
 * Instagram post embeds: `www.instagram.com/embed.js` and the `/p/<id>/embed` (or /reel/, /tv/)
 * iframes. The rest of instagram.com is not an embed.
 */
export const instagramEmbed = {
  id: 'instagram-embed',
  name: 'Instagram embeds',
  company: 'Meta Platforms Ireland Limited',
  country: 'IE',
  purpose: 'social',
  policyUrl: 'https://privacycenter.instagram.com/policy',
  urls: ['www.instagram.com/embed.js', /^www\.instagram\.com\/(?:[\w.]+\/)?(?:p|reel|tv)\/[\w-]+\/embed/],
  cookies: [
    { name: 'csrftoken', lifetime: '1 year', description: 'Security', thirdParty: true },
    { name: 'mid', lifetime: '13 months', description: 'Browser id', thirdParty: true },
    { name: 'ig_did', lifetime: '13 months', description: 'Device id', thirdParty: true },
  ],
  description: 'Embedded Instagram posts.',
  source: [
    'https://developers.facebook.com/docs/instagram-platform/embed-button',
    'https://privacycenter.instagram.com/policies/cookies/',
  ],
} satisfies VendorDefinition;
