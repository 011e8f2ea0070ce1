import type { VendorDefinition } from '../src/types.js';

/**
 * TikTok video embeds (`www.tiktok.com/embed.js`, `www.tiktok.com/embed/v2/<id>` iframes).
 */
export const tiktokEmbed = {
  id: 'tiktok-embed',
  name: 'TikTok embeds',
  company: 'TikTok Technology Limited',
  country: 'IE',
  purpose: 'social',
  policyUrl: 'https://www.tiktok.com/legal/page/eea/privacy-policy/en',
  urls: ['www.tiktok.com/embed', 'www.tiktok.com/player'],
  cookies: [
    { name: 'ttwid', lifetime: '1 year', description: 'Visitor id', thirdParty: true },
  ],
  description: 'Embedded TikTok videos.',
  source: [
    'https://developers.tiktok.com/doc/embed-videos/',
    'https://www.tiktok.com/legal/page/global/cookie-policy/en',
  ],
} satisfies VendorDefinition;
