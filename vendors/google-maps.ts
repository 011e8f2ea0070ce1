import type { VendorDefinition } from '../src/types.js';

/**
 * Google Maps embeds (`www.google.com/maps/embed`) and the Maps JavaScript API
 * (`maps.googleapis.com/maps/api/js`). Only the /maps paths of www.google.com are this vendor.
 */
export const googleMaps = {
  id: 'google-maps',
  name: 'Google Maps',
  company: 'Google Ireland Limited',
  country: 'IE',
  purpose: 'social',
  policyUrl: 'https://policies.google.com/privacy',
  urls: ['maps.googleapis.com', 'maps.google.com', 'www.google.com/maps', 'maps.gstatic.com'],
  cookies: [
    { name: 'NID', lifetime: '6 months', description: 'Preferences, ads', thirdParty: true },
  ],
  description: 'Embedded maps.',
  source: [
    'https://developers.google.com/maps/documentation/embed/get-started',
    'https://policies.google.com/technologies/cookies',
  ],
} satisfies VendorDefinition;
