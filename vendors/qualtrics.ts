import type { VendorDefinition } from '../src/types.js';

/**
 * Qualtrics Site Intercept (`siteintercept.qualtrics.com`) and survey iframes on `*.qualtrics.com`.
 */
export const qualtrics = {
  id: 'qualtrics',
  name: 'Qualtrics Website Feedback',
  company: 'Qualtrics LLC',
  country: 'US',
  purpose: 'analytics',
  policyUrl: 'https://www.qualtrics.com/privacy-statement/',
  urls: ['qualtrics.com'],
  cookies: [
    { name: /^QSI_/, lifetime: '1 year', description: 'Survey state' },
  ],
  storage: [/^QSI_/],
  description: 'On-site surveys.',
  source: ['https://www.qualtrics.com/support/website-app-feedback/common-use-cases/cookies-used-by-website-app-feedback/'],
} satisfies VendorDefinition;
