import type { VendorDefinition } from '../src/types.js';

/**
 * Datadog Real User Monitoring (`www.datadoghq-browser-agent.com`, intake on
 * `browser-intake-<site>datadoghq.com` or `.eu`).
 */
export const datadogRum = {
  id: 'datadog-rum',
  name: 'Datadog RUM',
  company: 'Datadog, Inc.',
  country: 'US',
  purpose: 'analytics',
  policyUrl: 'https://www.datadoghq.com/legal/privacy/',
  urls: ['datadoghq-browser-agent.com', /^browser-intake-[\w.-]*datadoghq\.(?:com|eu)\//],
  cookies: [
    { name: '_dd_s', lifetime: '4 hours', description: 'Session state' },
  ],
  description: 'Performance monitoring, session replay.',
  source: [
    'https://docs.datadoghq.com/real_user_monitoring/browser/data_collected/',
    'https://docs.datadoghq.com/real_user_monitoring/browser/',
  ],
} satisfies VendorDefinition;
