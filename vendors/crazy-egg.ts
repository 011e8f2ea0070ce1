import type { VendorDefinition } from '../src/types.js';

/**
 * Crazy Egg (`script.crazyegg.com/pages/scripts/<id>.js`).
 */
export const crazyEgg = {
  id: 'crazy-egg',
  name: 'Crazy Egg',
  company: 'Crazy Egg, Inc.',
  country: 'US',
  purpose: 'analytics',
  policyUrl: 'https://www.crazyegg.com/privacy',
  urls: ['crazyegg.com'],
  cookies: [
    { name: /^_ce\./, lifetime: '1 year', description: 'Visitor and session state' },
    { name: /^cebsp?_?$/, lifetime: 'session', description: 'Session state' },
  ],
  description: 'Heatmaps, recordings.',
  source: ['https://support.crazyegg.com/hc/en-us/articles/360054584474-Crazy-Egg-Cookies'],
} satisfies VendorDefinition;
