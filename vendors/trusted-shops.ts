import type { VendorDefinition } from '../src/types.js';

/**
 * Trusted Shops trustbadge and review widgets (`widgets.trustedshops.com`).
 */
export const trustedShops = {
  id: 'trusted-shops',
  name: 'Trusted Shops',
  company: 'Trusted Shops SE',
  country: 'DE',
  purpose: 'social',
  policyUrl: 'https://www.trustedshops.com/privacy/',
  urls: ['trustedshops.com'],
  cookies: [],
  description: 'Trust badge, review widgets.',
  source: ['https://help.etrusted.com/hc/en-gb/articles/360045842852'],
} satisfies VendorDefinition;
