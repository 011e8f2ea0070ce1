import type { VendorDefinition } from '../src/types.js';

/**
 * Plausible Analytics (`plausible.io/js/script.js`, `plausible.io/api/event`). `audience` (exempt):
 * it stores nothing on the device (no cookie, no storage), counts visitors with a daily-rotated hash
 * and produces aggregate statistics only, which fits CNIL's exemption criteria in its default setup.
 * Sites that add custom properties identifying people, or cross-site tracking, override the purpose to
 * `analytics`. Self-hosted Plausible runs on the site's own host and is not recognised here.
 */
export const plausible = {
  id: 'plausible',
  name: 'Plausible Analytics',
  company: 'Plausible Insights OÜ',
  country: 'EE',
  purpose: 'audience',
  policyUrl: 'https://plausible.io/privacy',
  urls: ['plausible.io'],
  cookies: [],
  storage: ['plausible_ignore'],
  description: 'Cookieless audience statistics.',
  source: [
    'https://plausible.io/data-policy',
    'https://plausible.io/docs/excluding-localstorage',
  ],
} satisfies VendorDefinition;
