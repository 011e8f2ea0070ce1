import type { VendorDefinition } from '../src/types.js';

/** TikTok Pixel. TikTok: its cookies expire 13 months after being set or last used. */
export const tiktokPixel = {
  id: 'tiktok-pixel',
  name: 'TikTok Pixel',
  company: 'TikTok Technology Limited',
  country: 'IE',
  purpose: 'pixels',
  policyUrl: 'https://www.tiktok.com/legal/page/eea/privacy-policy/en',
  urls: ['analytics.tiktok.com', 'analytics.us.tiktok.com'],
  cookies: [
    { name: '_ttp', lifetime: '13 months', description: 'Visitor id' },
    { name: '_tt_enable_cookie', lifetime: '13 months', description: 'Cookie test' },
    { name: /^ttcsid/, lifetime: '13 months', description: 'Session state' },
    { name: 'ttwid', lifetime: '1 year', description: 'Visitor id', thirdParty: true },
  ],
  storage: ['tt_appInfo', 'tt_sessionId', 'tt_pixel_session_index'],
  description: 'Measures ad conversions, audiences.',
  source: [
    'https://ads.tiktok.com/help/article/get-started-pixel',
    'https://www.tiktok.com/legal/page/global/cookie-policy/en',
  ],
} satisfies VendorDefinition;
