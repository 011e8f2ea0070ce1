import type { VendorDefinition } from '../src/types.js';

/**
 * Dailymotion players: `geo.dailymotion.com/player/<id>.js` and `…/player.html` iframes, legacy
 * `www.dailymotion.com/embed/` and the SDK `api.dmcdn.net/all.js`.
 */
export const dailymotion = {
  id: 'dailymotion',
  name: 'Dailymotion',
  company: 'Dailymotion SA',
  country: 'FR',
  purpose: 'social',
  policyUrl: 'https://legal.dailymotion.com/en/privacy-policy/',
  urls: ['geo.dailymotion.com', 'www.dailymotion.com/embed', 'api.dmcdn.net'],
  cookies: [
    { name: 'v1st', lifetime: '13 months', description: 'Visitor id', thirdParty: true },
    { name: 'ts', lifetime: '13 months', description: 'Visitor id', thirdParty: true },
    { name: 'dmvk', lifetime: 'session', description: 'Session id', thirdParty: true },
  ],
  description: 'Embedded videos.',
  source: [
    'https://developers.dailymotion.com/player/',
    'https://legal.dailymotion.com/en/cookie-policy/',
  ],
} satisfies VendorDefinition;
