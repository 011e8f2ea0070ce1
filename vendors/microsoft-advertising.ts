import type { VendorDefinition } from '../src/types.js';

/**
 * Microsoft Advertising Universal Event Tracking (UET), `bat.bing.com/bat.js`. Clarity's MUID sync
 * (`c.bing.com/c.gif`) is Microsoft Clarity's. UET consent mode (`uetq.push('consent', …)`) is sent by
 * src/integrations/microsoft-uet-consent.ts. UET mirrors its cookies in localStorage.
 */
export const microsoftAdvertising = {
  id: 'microsoft-advertising',
  name: 'Microsoft Advertising (UET)',
  company: 'Microsoft Ireland Operations Limited',
  country: 'IE',
  purpose: 'advertising',
  policyUrl: 'https://privacy.microsoft.com/privacystatement',
  urls: ['bat.bing.com', 'bat.bing.net'],
  cookies: [
    { name: '_uetsid', lifetime: '1 day', description: 'Session id' },
    { name: '_uetvid', lifetime: '13 months', description: 'Visitor id' },
    { name: '_uetmsclkid', lifetime: '90 days', description: 'Ad click id' },
    { name: 'MUID', lifetime: '1 year', description: 'Visitor id', thirdParty: true },
  ],
  storage: [/^_uet(?:sid|vid)(?:_exp)?$/],
  description: 'Measures ad conversions, remarketing.',
  source: [
    'https://learn.microsoft.com/en-us/advertising/guides/universal-event-tracking',
    'https://help.ads.microsoft.com/#apex/ads/en/60119/1',
  ],
} satisfies VendorDefinition;
