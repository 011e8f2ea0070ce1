import type { VendorDefinition } from '../src/types.js';

/**
 * LiveChat widget (`cdn.livechatinc.com/tracking.js`, `*.livechatinc.com`).
 */
export const livechat = {
  id: 'livechat',
  name: 'LiveChat',
  company: 'Text S.A.',
  country: 'PL',
  purpose: 'social',
  policyUrl: 'https://www.livechat.com/legal/privacy-policy/',
  urls: ['livechatinc.com'],
  cookies: [
    { name: '__lc_cid', lifetime: '2 years', description: 'Chat visitor id' },
    { name: '__lc_cst', lifetime: '2 years', description: 'Chat visitor token' },
  ],
  storage: [/^__lc/],
  description: 'Chat widget.',
  source: ['https://www.livechat.com/help/cookies-used-by-livechat/'],
} satisfies VendorDefinition;
