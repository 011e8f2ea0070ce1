import type { VendorDefinition } from '../src/types.js';

/**
 * Salesforce Account Engagement (formerly Pardot) tracking code (`pi.pardot.com/pd.js`,
 * `cdn.pardot.com`). A custom tracker domain (go.example.com) is the site's own and not recognised.
 */
export const salesforcePardot = {
  id: 'salesforce-pardot',
  name: 'Salesforce Account Engagement (Pardot)',
  company: 'Salesforce, Inc.',
  country: 'US',
  purpose: 'advertising',
  policyUrl: 'https://www.salesforce.com/company/privacy/',
  urls: ['pardot.com'],
  cookies: [
    { name: /^visitor_id\d+(?:-hash)?$/, lifetime: '10 years', description: 'Visitor id' },
    { name: /^pi_opt_in\d+$/, lifetime: '10 years', description: 'Tracking opt-in state' },
    { name: /^lpv\d+$/, lifetime: '30 minutes', description: 'Page view de-duplication' },
  ],
  description: 'Marketing automation tracking.',
  source: ['https://help.salesforce.com/s/articleView?id=sf.pardot_basics_cookies.htm'],
} satisfies VendorDefinition;
