import type { VendorDefinition } from '../src/types.js';

/**
 * HubSpot tracking code (analytics, forms, ads pixel). Lifetimes: HubSpot KB "Cookies set by HubSpot".
 * The chat widget it loads (usemessages.com) is the separate vendor `hubspot-chat`.
 */
export const hubspot = {
  id: 'hubspot',
  name: 'HubSpot',
  company: 'HubSpot Ireland Limited',
  country: 'IE',
  purpose: 'analytics',
  policyUrl: 'https://legal.hubspot.com/privacy-policy',
  urls: [
    'hs-scripts.com',
    'hs-analytics.net',
    'hs-banner.com',
    'hscollectedforms.net',
    'hsadspixel.net',
    'hsforms.net',
    'track.hubspot.com',
  ],
  cookies: [
    { name: '__hstc', lifetime: '6 months', description: 'Visitor id' },
    { name: 'hubspotutk', lifetime: '6 months', description: 'Visitor id' },
    { name: '__hssc', lifetime: '30 minutes', description: 'Session state' },
    { name: '__hssrc', lifetime: 'session', description: 'Session state' },
  ],
  description: 'Tracks visits and forms.',
  source: ['https://knowledge.hubspot.com/privacy-and-consent/what-cookies-does-hubspot-set-in-a-visitor-s-browser'],
} satisfies VendorDefinition;
