import type { VendorDefinition } from '../src/types.js';

/**
 * Dynamic Yield (`cdn.dynamicyield.com`, `st.dynamicyield.com`, `rcom.dynamicyield.com`).
 */
export const dynamicYield = {
  id: 'dynamic-yield',
  name: 'Dynamic Yield',
  company: 'Dynamic Yield Ltd.',
  country: 'IL',
  purpose: 'analytics',
  policyUrl: 'https://www.dynamicyield.com/platform-privacy-policy/',
  urls: ['dynamicyield.com'],
  cookies: [
    { name: /^_dy/, lifetime: '1 year', description: 'Visitor id, session' },
  ],
  storage: [/^_dy/],
  description: 'Personalisation, A/B tests.',
  source: ['https://support.dynamicyield.com/hc/en-us/articles/360018837598-Dynamic-Yield-Cookies'],
} satisfies VendorDefinition;
