import type { VendorDefinition } from '../src/types.js';

/** YouTube embeds; youtube-nocookie.com ("privacy-enhanced mode") still stores data on play. */
export const youtube = {
  id: 'youtube',
  name: 'YouTube',
  company: 'Google Ireland Limited',
  country: 'IE',
  purpose: 'social',
  policyUrl: 'https://policies.google.com/privacy',
  urls: ['youtube.com', 'youtube-nocookie.com', 'ytimg.com'],
  cookies: [
    { name: 'YSC', lifetime: 'session', description: 'Video statistics', thirdParty: true },
    { name: 'VISITOR_INFO1_LIVE', lifetime: '180 days', description: 'Video statistics', thirdParty: true },
  ],
  description: 'Embedded videos.',
  source: [
    'https://developers.google.com/youtube/player_parameters',
    'https://policies.google.com/technologies/cookies',
  ],
} satisfies VendorDefinition;
