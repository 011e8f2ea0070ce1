import type { VendorDefinition } from '../src/types.js';

/**
 * Twitch embeds (`player.twitch.tv`, `embed.twitch.tv`, `clips.twitch.tv`).
 */
export const twitch = {
  id: 'twitch',
  name: 'Twitch',
  company: 'Twitch Interactive, Inc.',
  country: 'US',
  purpose: 'social',
  policyUrl: 'https://www.twitch.tv/p/legal/privacy-notice/',
  urls: ['player.twitch.tv', 'embed.twitch.tv', 'clips.twitch.tv'],
  cookies: [
    { name: 'unique_id', lifetime: '1 year', description: 'Visitor id', thirdParty: true },
  ],
  description: 'Embedded live streams.',
  source: [
    'https://dev.twitch.tv/docs/embed/',
    'https://www.twitch.tv/p/legal/cookie-notice/',
  ],
} satisfies VendorDefinition;
