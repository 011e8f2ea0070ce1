import type { VendorDefinition } from '../src/types.js';

/**
 * Adobe tag manager (`assets.adobedtm.com/<company>/<property>/launch-….min.js`). Like Google Tag
 * Manager it sets no cookie; its purpose is that of the tags it fires, so sites override it.
 */
export const adobeTags = {
  id: 'adobe-tags',
  name: 'Adobe Experience Platform Tags (Launch)',
  company: 'Adobe Systems Software Ireland Limited',
  country: 'IE',
  purpose: 'analytics',
  policyUrl: 'https://www.adobe.com/privacy/policy.html',
  urls: ['assets.adobedtm.com'],
  cookies: [],
  description: 'Loads the site\'s tags.',
  source: ['https://experienceleague.adobe.com/en/docs/experience-platform/tags/home'],
} satisfies VendorDefinition;
