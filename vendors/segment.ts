import type { VendorDefinition } from '../src/types.js';

/**
 * Segment Analytics.js (`cdn.segment.com`, `api.segment.io`, EU `events.eu1.segmentapis.com`). It
 * forwards data to further destinations, loaded from cdn.segment.com too.
 */
export const segment = {
  id: 'segment',
  name: 'Segment',
  company: 'Twilio Inc.',
  country: 'US',
  purpose: 'analytics',
  policyUrl: 'https://www.twilio.com/en-us/legal/privacy',
  urls: ['cdn.segment.com', 'segment.io', 'segmentapis.com'],
  cookies: [
    { name: 'ajs_anonymous_id', lifetime: '1 year', description: 'Visitor id' },
    { name: 'ajs_user_id', lifetime: '1 year', description: 'User id' },
    { name: 'ajs_group_id', lifetime: '1 year', description: 'Account id' },
  ],
  storage: [/^ajs_/],
  description: 'Collects and forwards analytics events.',
  source: ['https://segment.com/docs/connections/sources/catalog/libraries/website/javascript/identity/'],
} satisfies VendorDefinition;
