import type { VendorDefinition } from '../src/types.js';

/** Hotjar heatmaps, recordings and surveys. Lifetimes: Hotjar help "Cookies set by Hotjar". */
export const hotjar = {
  id: 'hotjar',
  name: 'Hotjar',
  company: 'Hotjar Ltd',
  country: 'MT',
  purpose: 'analytics',
  policyUrl: 'https://www.hotjar.com/legal/policies/privacy/',
  urls: ['hotjar.com', 'hotjar.io'],
  cookies: [
    { name: /^_hjSessionUser_/, lifetime: '365 days', description: 'Visitor id' },
    { name: /^_hjSession_/, lifetime: '30 minutes', description: 'Session state' },
    { name: /^_hj(?!Session(?:User)?_)/, lifetime: '365 days', description: 'Survey and test state' },
  ],
  storage: [/^_?hj/],
  description: 'Heatmaps, recordings, surveys.',
  source: ['https://help.hotjar.com/hc/en-us/articles/6952777582999-Cookies-Set-by-the-Hotjar-Tracking-Code'],
} satisfies VendorDefinition;
