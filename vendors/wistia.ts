import type { VendorDefinition } from '../src/types.js';

/**
 * Wistia player (`fast.wistia.com/embed/…`, `fast.wistia.net`); it keeps viewing data in localStorage.
 */
export const wistia = {
  id: 'wistia',
  name: 'Wistia',
  company: 'Wistia, Inc.',
  country: 'US',
  purpose: 'social',
  policyUrl: 'https://wistia.com/privacy',
  urls: ['wistia.com', 'wistia.net'],
  cookies: [],
  storage: [/^wistia/],
  description: 'Embedded videos.',
  source: ['https://docs.wistia.com/docs/wistia-and-gdpr'],
} satisfies VendorDefinition;
