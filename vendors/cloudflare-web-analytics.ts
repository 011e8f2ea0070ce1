import type { VendorDefinition } from '../src/types.js';

/**
 * Cloudflare Web Analytics beacon (`static.cloudflareinsights.com/beacon.min.js`). It stores nothing on
 * the device; kept `analytics` because it is not among the tools CNIL lists as exempt-capable. The
 * beacon Cloudflare injects on proxied sites posts to the site's own `/cdn-cgi/rum`, first party.
 */
export const cloudflareWebAnalytics = {
  id: 'cloudflare-web-analytics',
  name: 'Cloudflare Web Analytics',
  company: 'Cloudflare, Inc.',
  country: 'US',
  purpose: 'analytics',
  policyUrl: 'https://www.cloudflare.com/privacypolicy/',
  urls: ['cloudflareinsights.com'],
  cookies: [],
  description: 'Cookieless visit statistics.',
  source: [
    'https://developers.cloudflare.com/web-analytics/',
    'https://www.cloudflare.com/web-analytics/',
  ],
} satisfies VendorDefinition;
