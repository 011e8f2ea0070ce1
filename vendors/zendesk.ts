import type { VendorDefinition } from '../src/types.js';

/**
 * Zendesk Web Widget and Messaging (`static.zdassets.com/ekr/snippet.js`, `<sub>.zendesk.com`),
 * and legacy Zendesk Chat (`v2.zopim.com`).
 */
export const zendesk = {
  id: 'zendesk',
  name: 'Zendesk',
  company: 'Zendesk, Inc.',
  country: 'US',
  purpose: 'social',
  policyUrl: 'https://www.zendesk.com/company/agreements-and-terms/privacy-notice/',
  urls: ['zdassets.com', 'zendesk.com', 'zopim.com'],
  cookies: [
    { name: '__zlcmid', lifetime: '1 year', description: 'Chat visitor id' },
  ],
  storage: [/^ZD-/],
  description: 'Chat and help centre widget.',
  source: ['https://support.zendesk.com/hc/en-us/articles/4408836402074-Using-cookies-with-Zendesk-products'],
} satisfies VendorDefinition;
