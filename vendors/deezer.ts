import type { VendorDefinition } from '../src/types.js';

/**
 * Deezer widget (`widget.deezer.com/widget/…` iframes).
 */
export const deezer = {
  id: 'deezer',
  name: 'Deezer',
  company: 'Deezer SA',
  country: 'FR',
  purpose: 'social',
  policyUrl: 'https://www.deezer.com/legal/personal-datas',
  urls: ['widget.deezer.com'],
  cookies: [
    { name: 'dzr_uniq_id', lifetime: '6 months', description: 'Visitor id', thirdParty: true },
  ],
  description: 'Embedded music.',
  source: [
    'https://developers.deezer.com/musicplugins/player',
    'https://www.deezer.com/legal/cookies',
  ],
} satisfies VendorDefinition;
