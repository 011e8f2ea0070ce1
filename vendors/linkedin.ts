import type { VendorDefinition } from '../src/types.js';

/** LinkedIn Insight Tag. Lifetimes: LinkedIn Cookie Table. */
export const linkedin = {
  id: 'linkedin',
  name: 'LinkedIn Insight Tag',
  company: 'LinkedIn Ireland Unlimited Company',
  country: 'IE',
  purpose: 'advertising',
  policyUrl: 'https://www.linkedin.com/legal/privacy-policy',
  urls: ['snap.licdn.com', 'ads.linkedin.com'],
  cookies: [
    { name: 'li_fat_id', lifetime: '30 days', description: 'Ad click id' },
    { name: 'li_giant', lifetime: '7 days', description: 'Ad click id' },
    { name: 'ln_or', lifetime: '1 day', description: 'Session state' },
    { name: 'bcookie', lifetime: '1 year', description: 'Visitor id', thirdParty: true },
    { name: 'UserMatchHistory', lifetime: '30 days', description: 'Ad measurement', thirdParty: true },
  ],
  storage: ['li_adsId'],
  description: 'Measures ad conversions, audiences.',
  source: [
    'https://www.linkedin.com/legal/l/cookie-table',
    'https://www.linkedin.com/help/lms/answer/a418880',
  ],
} satisfies VendorDefinition;
