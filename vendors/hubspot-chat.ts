import type { VendorDefinition } from '../src/types.js';

/**
 * HubSpot chat widget (`js.usemessages.com/conversations-embed.js`), loaded by the HubSpot tracking
 * code: a separate vendor so a visitor can accept the chat without the tracking, and the reverse.
 */
export const hubspotChat = {
  id: 'hubspot-chat',
  name: 'HubSpot Chat',
  company: 'HubSpot Ireland Limited',
  country: 'IE',
  purpose: 'social',
  policyUrl: 'https://legal.hubspot.com/privacy-policy',
  urls: ['usemessages.com'],
  cookies: [
    { name: 'messagesUtk', lifetime: '6 months', description: 'Chat visitor id' },
  ],
  description: 'Chat widget.',
  source: ['https://knowledge.hubspot.com/privacy-and-consent/what-cookies-does-hubspot-set-in-a-visitor-s-browser'],
} satisfies VendorDefinition;
