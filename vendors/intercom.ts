import type { VendorDefinition } from '../src/types.js';

/**
 * Intercom Messenger (`widget.intercom.io/widget/<app>`, `js.intercomcdn.com`, EU `api-iam.eu.intercom.io`).
 * Cookies end in the app id. Chat is third-party content: purpose `social` (see docs/vendor-catalog.md).
 */
export const intercom = {
  id: 'intercom',
  name: 'Intercom',
  company: 'Intercom R&D Unlimited Company',
  country: 'IE',
  purpose: 'social',
  policyUrl: 'https://www.intercom.com/legal/privacy',
  urls: ['intercom.io', 'intercomcdn.com', 'intercomassets.com'],
  cookies: [
    { name: /^intercom-id-/, lifetime: '9 months', description: 'Visitor id' },
    { name: /^intercom-session-/, lifetime: '7 days', description: 'Chat session' },
    { name: /^intercom-device-id-/, lifetime: '9 months', description: 'Device id' },
  ],
  storage: [/^intercom\./],
  description: 'Chat and support messenger.',
  source: ['https://www.intercom.com/help/en/articles/2361922-intercom-messenger-cookies'],
} satisfies VendorDefinition;
