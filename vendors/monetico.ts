import type { VendorDefinition } from '../src/types.js';

/**
 * Monetico Paiement: a hosted payment page the order form posts to. There is no script on the
 * merchant's pages to block and no cookie on the merchant's domain; it is listed for transparency.
 */
export const monetico = {
  id: 'monetico',
  name: 'Monetico Paiement',
  company: 'Euro-Information (Crédit Mutuel Alliance Fédérale)',
  country: 'FR',
  purpose: 'fraud',
  policyUrl: 'https://www.monetico-paiement.fr/',
  urls: ['monetico-services.com'],
  cookies: [],
  description: 'Hosted payment page.',
  source: ['https://www.monetico-paiement.fr/fr/info/documentations/'],
} satisfies VendorDefinition;
