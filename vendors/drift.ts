import type { VendorDefinition } from '../src/types.js';

/**
 * Drift chat (`js.driftt.com/include/<ts>/<id>.js`, `*.drift.com`).
 */
export const drift = {
  id: 'drift',
  name: 'Drift',
  company: 'Salesloft, Inc.',
  country: 'US',
  purpose: 'social',
  policyUrl: 'https://www.salesloft.com/legal/privacy-notice',
  urls: ['driftt.com', 'drift.com'],
  cookies: [
    { name: 'drift_aid', lifetime: '2 years', description: 'Chat visitor id' },
    { name: 'driftt_aid', lifetime: '2 years', description: 'Chat visitor id' },
    { name: 'drift_campaign_refresh', lifetime: '30 minutes', description: 'Campaign state' },
  ],
  storage: [/^DRIFT_/],
  description: 'Chat widget.',
  source: ['https://devdocs.drift.com/docs/cookies'],
} satisfies VendorDefinition;
