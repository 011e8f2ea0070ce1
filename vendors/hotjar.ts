import type { VendorDefinition } from '../src/types.js';

/** Hotjar heatmaps, recordings and surveys. Lifetimes: Hotjar help "Cookies set by Hotjar". */
export const hotjar = {
  id: 'hotjar',
  name: 'Hotjar',
  company: 'Hotjar Ltd',
  purpose: 'analytics',
  policyUrl: 'https://www.hotjar.com/legal/policies/privacy/',
  urls: ['hotjar.com', 'hotjar.io'],
  cookies: [
    { name: /^_hjSessionUser_/, lifetime: '365 days', description: 'Identifies the visitor' },
    { name: /^_hjSession_/, lifetime: '30 minutes', description: 'Keeps session state' },
    { name: /^_hj(?!Session(?:User)?_)/, lifetime: '365 days', description: 'Survey, sampling and test state' },
  ],
  storage: [/^_?hj/],
  description: 'Records heatmaps and visits, runs surveys.',
} satisfies VendorDefinition;
