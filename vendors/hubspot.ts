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
    { name: '__hstc', lifetime: '6 months', description: 'Tracks visitors' },
    { name: 'hubspotutk', lifetime: '6 months', description: 'Visitor identity for forms' },
    { name: '__hssc', lifetime: '30 minutes', description: 'Tracks sessions' },
    { name: '__hssrc', lifetime: 'session', description: 'Detects new sessions' },
    { name: 'messagesUtk', lifetime: '6 months', description: 'Chat visitor identity' },
  ],
  description: 'Tracks visits, forms and chat for HubSpot CRM.',
} satisfies VendorDefinition;
