import type { VendorDefinition } from '../src/types.js';

/**
 * New Relic browser agent loader (`js-agent.newrelic.com`) and its data (`bam.nr-data.net`,
 * EU `bam.eu01.nr-data.net`). The agent is often inlined; then only its requests are recognised.
 */
export const newRelic = {
  id: 'new-relic',
  name: 'New Relic Browser',
  company: 'New Relic, Inc.',
  country: 'US',
  purpose: 'analytics',
  policyUrl: 'https://newrelic.com/termsandconditions/privacy',
  urls: ['js-agent.newrelic.com', 'nr-data.net'],
  cookies: [],
  storage: ['NRBA_SESSION'],
  description: 'Performance and error monitoring.',
  source: ['https://docs.newrelic.com/docs/browser/new-relic-browser/page-load-timing-resources/cookie-collection-session-tracking/'],
} satisfies VendorDefinition;
