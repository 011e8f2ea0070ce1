import type { VendorDefinition } from '../src/types.js';

/**
 * Adobe Target (at.js delivery on `*.tt.omtrdc.net`). `*.sc.omtrdc.net` is Adobe Analytics.
 */
export const adobeTarget = {
  id: 'adobe-target',
  name: 'Adobe Target',
  company: 'Adobe Systems Software Ireland Limited',
  country: 'IE',
  purpose: 'analytics',
  policyUrl: 'https://www.adobe.com/privacy/policy.html',
  urls: ['tt.omtrdc.net'],
  cookies: [
    { name: 'mbox', lifetime: '2 years', description: 'Visitor and session id' },
    { name: 'at_check', lifetime: 'session', description: 'Cookie check' },
  ],
  description: 'A/B tests, personalisation.',
  source: ['https://experienceleague.adobe.com/en/docs/target/using/implement-target/client-side/at-js-implementation/deploy-at-js/target-cookies'],
} satisfies VendorDefinition;
