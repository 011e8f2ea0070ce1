import type { VendorDefinition } from '../src/types.js';

/**
 * Amplitude Browser SDK (`cdn.amplitude.com`, `api2.amplitude.com`, EU `api.eu.amplitude.com`).
 * Cookies are `AMP_<first 10 characters of the API key>` and `AMP_MKTG_…`; SDK 1.x wrote `amp_…`.
 */
export const amplitude = {
  id: 'amplitude',
  name: 'Amplitude',
  company: 'Amplitude, Inc.',
  country: 'US',
  purpose: 'analytics',
  policyUrl: 'https://amplitude.com/privacy',
  urls: ['amplitude.com'],
  cookies: [
    { name: /^AMP_/, lifetime: '1 year', description: 'Visitor id, session' },
    { name: /^amp_/, lifetime: '1 year', description: 'Visitor id (SDK 1.x)' },
  ],
  storage: [/^AMP_/, /^amp_/],
  description: 'Product analytics.',
  source: ['https://amplitude.com/docs/sdks/analytics/browser/browser-sdk-2'],
} satisfies VendorDefinition;
