import type { VendorDefinition } from '../src/types.js';

/**
 * SoundCloud player embeds (`w.soundcloud.com/player/`) and the Widget API.
 */
export const soundcloud = {
  id: 'soundcloud',
  name: 'SoundCloud',
  company: 'SoundCloud Global Limited & Co. KG',
  country: 'DE',
  purpose: 'social',
  policyUrl: 'https://soundcloud.com/pages/privacy',
  urls: ['w.soundcloud.com', 'widget.sndcdn.com'],
  cookies: [
    { name: 'sc_anonymous_id', lifetime: '10 years', description: 'Visitor id', thirdParty: true },
  ],
  description: 'Embedded audio.',
  source: [
    'https://developers.soundcloud.com/docs/api/html5-widget',
    'https://soundcloud.com/pages/cookies',
  ],
} satisfies VendorDefinition;
