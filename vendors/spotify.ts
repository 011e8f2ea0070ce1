import type { VendorDefinition } from '../src/types.js';

/**
 * Spotify embeds (`open.spotify.com/embed/…` iframes, iFrame API `open.spotify.com/embed/iframe-api/v1`).
 */
export const spotify = {
  id: 'spotify',
  name: 'Spotify',
  company: 'Spotify AB',
  country: 'SE',
  purpose: 'social',
  policyUrl: 'https://www.spotify.com/legal/privacy-policy/',
  urls: ['open.spotify.com/embed', 'embed.spotify.com'],
  cookies: [
    { name: 'sp_t', lifetime: '1 year', description: 'Visitor id', thirdParty: true },
    { name: 'sp_landing', lifetime: '1 day', description: 'Landing page', thirdParty: true },
  ],
  description: 'Embedded music and podcasts.',
  source: [
    'https://developer.spotify.com/documentation/embeds',
    'https://www.spotify.com/legal/cookies-policy/',
  ],
} satisfies VendorDefinition;
