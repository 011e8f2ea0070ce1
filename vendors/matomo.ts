import type { VendorDefinition } from '../src/types.js';

/**
 * Matomo, self-hosted or Matomo Cloud. Purpose `audience` (no consent, the visitor can object)
 * holds ONLY when the site configures it per CNIL's exemption criteria (audience statistics only,
 * anonymised IP, `_pk_id` at most 13 months, no User-ID or cross-site tracking); otherwise the
 * site overrides the purpose to `analytics`. Being self-hosted, it is recognised by its script and
 * tracker paths on any host.
 */
export const matomo = {
  id: 'matomo',
  name: 'Matomo',
  company: 'Self-hosted (Matomo by InnoCraft)',
  country: 'NZ',
  purpose: 'audience',
  policyUrl: 'https://matomo.org/privacy-policy/',
  urls: [/\/(?:matomo|piwik)\.(?:js|php)(?:\?|$)/, 'matomo.cloud'],
  cookies: [
    { name: /^_pk_id\./, lifetime: '13 months', description: 'Visitor id' },
    { name: /^_pk_ses\./, lifetime: '30 minutes', description: 'Session state' },
    { name: /^_pk_ref\./, lifetime: '6 months', description: 'Referrer' },
  ],
  description: 'Audience measurement.',
  source: [
    'https://matomo.org/faq/general/faq_146/',
    'https://www.cnil.fr/fr/cookies-solutions-pour-les-outils-de-mesure-daudience',
  ],
} satisfies VendorDefinition;
