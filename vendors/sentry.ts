import type { VendorDefinition } from '../src/types.js';

/**
 * Sentry browser SDK (`browser.sentry-cdn.com`, Loader `js.sentry-cdn.com`) and ingestion
 * (`*.ingest.sentry.io`, EU `*.ingest.de.sentry.io`). It sets no cookie; Session Replay keeps its id
 * in sessionStorage. A site that ships it without replay as pure error monitoring may override the
 * purpose.
 */
export const sentry = {
  id: 'sentry',
  name: 'Sentry',
  company: 'Functional Software, Inc.',
  country: 'US',
  purpose: 'analytics',
  policyUrl: 'https://sentry.io/privacy/',
  urls: ['sentry-cdn.com', 'sentry.io'],
  cookies: [],
  storage: ['sentryReplaySession'],
  description: 'Error monitoring, session replay.',
  source: [
    'https://docs.sentry.io/platforms/javascript/session-replay/',
    'https://sentry.io/privacy/',
  ],
} satisfies VendorDefinition;
