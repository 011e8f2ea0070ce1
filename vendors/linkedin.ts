import type { VendorDefinition } from '../src/types.js';

/** LinkedIn Insight Tag. Lifetimes: LinkedIn Cookie Table. */
export const linkedin = {
  id: 'linkedin',
  name: 'LinkedIn Insight Tag',
  company: 'LinkedIn Ireland Unlimited Company',
  purpose: 'advertising',
  policyUrl: 'https://www.linkedin.com/legal/privacy-policy',
  urls: ['snap.licdn.com', 'ads.linkedin.com'],
  cookies: [
    { name: 'li_fat_id', lifetime: '30 days', description: 'Links ad clicks to conversions' },
    { name: 'li_giant', lifetime: '7 days', description: 'Links ad clicks to conversions' },
    { name: 'ln_or', lifetime: '1 day', description: 'Enables analytics' },
    { name: 'bcookie', lifetime: '1 year', description: 'Browser id', thirdParty: true },
    { name: 'lidc', lifetime: '24 hours', description: 'Routing', thirdParty: true },
    { name: 'UserMatchHistory', lifetime: '30 days', description: 'Ad id sync', thirdParty: true },
    { name: 'AnalyticsSyncHistory', lifetime: '30 days', description: 'Ad id sync', thirdParty: true },
  ],
  storage: ['li_adsId'],
  description: 'Measures LinkedIn ad conversions and builds audiences.',
} satisfies VendorDefinition;
