import type { VendorDefinition } from '../src/types.js';

/**
 * Piano Analytics, formerly AT Internet (`tag.aticdn.net/piano-analytics.js`, `cdn.pa-cd.com`,
 * collection on `*.pa-cd.com` and legacy `*.xiti.com`). `audience` (exempt) ONLY when the site sets
 * Piano's CNIL exemption mode (`pa.privacy.setMode('exempt')`, which keeps to the exempt properties
 * and cookies); CNIL lists Piano Analytics among tools that can be configured so. Otherwise override
 * to `analytics`.
 */
export const pianoAnalytics = {
  id: 'piano-analytics',
  name: 'Piano Analytics',
  company: 'AT Internet SAS (Piano)',
  country: 'FR',
  purpose: 'audience',
  policyUrl: 'https://piano.io/privacy-policy/',
  urls: ['pa-cd.com', 'aticdn.net', 'xiti.com', 'ati-host.net'],
  cookies: [
    { name: '_pcid', lifetime: '13 months', description: 'Visitor id' },
    { name: '_pctx', lifetime: '13 months', description: 'Privacy context' },
    { name: 'pa_vid', lifetime: '13 months', description: 'Visitor id' },
    { name: 'pa_user', lifetime: '13 months', description: 'User id' },
    { name: 'pa_privacy', lifetime: '6 months', description: 'Privacy mode' },
    { name: 'atuserid', lifetime: '13 months', description: 'Visitor id (SmartTag)' },
  ],
  description: 'Audience measurement.',
  source: [
    'https://developers.atinternet-solutions.com/piano-analytics/data-collection/how-to-send-events/privacy',
    'https://www.cnil.fr/fr/cookies-solutions-pour-les-outils-de-mesure-daudience',
  ],
} satisfies VendorDefinition;
