import type { VendorDefinition } from '../src/types.js';

/**
 * Adobe Analytics (AppMeasurement / Web SDK collection on `*.sc.omtrdc.net`, legacy `2o7.net`) and
 * the Experience Cloud Identity Service (`demdex.net`). AppMeasurement.js itself is usually served
 * from the site or from Adobe tags (adobe-tags); collection on a site's CNAME is first party and not
 * recognised by host. `*.tt.omtrdc.net` is Adobe Target.
 */
export const adobeAnalytics = {
  id: 'adobe-analytics',
  name: 'Adobe Analytics',
  company: 'Adobe Systems Software Ireland Limited',
  country: 'IE',
  purpose: 'analytics',
  policyUrl: 'https://www.adobe.com/privacy/policy.html',
  urls: ['sc.omtrdc.net', '2o7.net', 'demdex.net'],
  cookies: [
    { name: /^AMCV_/, lifetime: '2 years', description: 'Visitor id (ECID)' },
    { name: /^AMCVS_/, lifetime: 'session', description: 'Session flag (ECID)' },
    { name: 's_ecid', lifetime: '2 years', description: 'Visitor id' },
    { name: 's_fid', lifetime: '2 years', description: 'Visitor id (fallback)' },
    { name: 's_cc', lifetime: 'session', description: 'Cookie check' },
    { name: 's_sq', lifetime: 'session', description: 'Link tracking' },
    { name: 's_vi', lifetime: '2 years', description: 'Visitor id', thirdParty: true },
    { name: 'demdex', lifetime: '180 days', description: 'Visitor id', thirdParty: true },
  ],
  description: 'Measures visits and site usage.',
  source: [
    'https://experienceleague.adobe.com/en/docs/core-services/interface/data-collection/cookies/analytics',
    'https://experienceleague.adobe.com/en/docs/id-service/using/intro/cookies',
  ],
} satisfies VendorDefinition;
