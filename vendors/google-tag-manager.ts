import type { VendorDefinition } from '../src/types.js';

/**
 * Google Tag Manager: a container that fires other tags. It sets no cookie of its own; its purpose
 * is that of the tags it fires, so sites override it (`{ id: 'google-tag-manager', purpose }`).
 * `gtag/js?id=GT-…` (a combined "Google tag") is a container too, so it belongs here.
 */
export const googleTagManager = {
  id: 'google-tag-manager',
  name: 'Google Tag Manager',
  company: 'Google Ireland Limited',
  country: 'IE',
  purpose: 'analytics',
  policyUrl: 'https://policies.google.com/privacy',
  urls: [
    'www.googletagmanager.com/gtm.js',
    'www.googletagmanager.com/ns.html',
    /^www\.googletagmanager\.com\/gtag\/(?:js|destination)\?(?:.*&)?id=GT-/,
  ],
  cookies: [],
  description: 'Loads the site\'s tags.',
  source: ['https://developers.google.com/tag-platform/tag-manager/web'],
} satisfies VendorDefinition;
