import type { VendorDefinition } from '../src/types.js';

/** Vimeo embeds. Lifetimes: Vimeo cookie policy. */
export const vimeo = {
  id: 'vimeo',
  name: 'Vimeo',
  company: 'Vimeo.com, Inc.',
  country: 'US',
  purpose: 'social',
  policyUrl: 'https://vimeo.com/privacy',
  urls: ['vimeo.com', 'vimeocdn.com'],
  cookies: [{ name: 'vuid', lifetime: '2 years', description: 'Video statistics', thirdParty: true }],
  description: 'Embedded videos.',
  source: [
    'https://vimeo.com/cookie_policy',
    'https://developer.vimeo.com/player/sdk',
  ],
} satisfies VendorDefinition;
