import type { VendorDefinition } from '../src/types.js';

/**
 * Tidio chat (`code.tidio.co/<key>.js`, `*.tidio.co`); it keeps its state in localStorage.
 */
export const tidio = {
  id: 'tidio',
  name: 'Tidio',
  company: 'Tidio LLC',
  country: 'US',
  purpose: 'social',
  policyUrl: 'https://www.tidio.com/privacy-policy/',
  urls: ['tidio.co', 'tidiochat.com'],
  cookies: [],
  storage: [/^tidio_state_/],
  description: 'Chat widget.',
  source: ['https://help.tidio.com/hc/en-us/articles/5393469-cookies-and-local-storage'],
} satisfies VendorDefinition;
