import type { VendorDefinition } from '../src/types.js';

/** HubSpot tracking code (analytics, forms, chat, ads pixel). Lifetimes: HubSpot KB "Cookies set by HubSpot". */
export const hubspot = {
  id: 'hubspot',
  name: 'HubSpot',
  company: 'HubSpot Ireland Limited',
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
    'usemessages.com',
  ],
  cookies: [
    { name: '__hstc', lifetime: '6 months', description: 'Visitor id' },
    { name: 'hubspotutk', lifetime: '6 months', description: 'Visitor id' },
    { name: '__hssc', lifetime: '30 minutes', description: 'Session state' },
    { name: '__hssrc', lifetime: 'session', description: 'Session state' },
    { name: 'messagesUtk', lifetime: '6 months', description: 'Visitor id' },
  ],
  description: 'Tracks visits, forms and chat.',
} satisfies VendorDefinition;
