import type { VendorDefinition } from '../src/types.js';

/**
 * Chartbeat (`static.chartbeat.com/js/chartbeat.js`, `ping.chartbeat.net`), common on news sites.
 */
export const chartbeat = {
  id: 'chartbeat',
  name: 'Chartbeat',
  company: 'Chartbeat, Inc.',
  country: 'US',
  purpose: 'analytics',
  policyUrl: 'https://chartbeat.com/privacy/',
  urls: ['chartbeat.com', 'chartbeat.net'],
  cookies: [
    { name: '_cb', lifetime: '13 months', description: 'Visitor id' },
    { name: '_chartbeat2', lifetime: '13 months', description: 'Visit history' },
    { name: '_cb_svref', lifetime: '30 minutes', description: 'Referrer' },
  ],
  description: 'Real-time audience for editors.',
  source: ['https://docs.chartbeat.com/cbp/tracking/standard-websites/our-cookies'],
} satisfies VendorDefinition;
