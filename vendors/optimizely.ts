import type { VendorDefinition } from '../src/types.js';

/**
 * Optimizely Web Experimentation snippet (`cdn.optimizely.com/js/<id>.js`, `logx.optimizely.com`).
 */
export const optimizely = {
  id: 'optimizely',
  name: 'Optimizely Web Experimentation',
  company: 'Optimizely, Inc.',
  country: 'US',
  purpose: 'analytics',
  policyUrl: 'https://www.optimizely.com/legal/privacy-notice/',
  urls: ['optimizely.com'],
  cookies: [
    { name: 'optimizelyEndUserId', lifetime: '6 months', description: 'Visitor id' },
  ],
  storage: [/^optimizely/],
  description: 'A/B tests, personalisation.',
  source: ['https://support.optimizely.com/hc/en-us/articles/4410289544589-Cookies-and-localStorage-in-Optimizely-Web-Experimentation'],
} satisfies VendorDefinition;
