import type { VendorDefinition } from '../src/types.js';

/**
 * Yotpo reviews and loyalty widgets (`staticw2.yotpo.com`, `cdn-widgetsrepository.yotpo.com`).
 */
export const yotpo = {
  id: 'yotpo',
  name: 'Yotpo',
  company: 'Yotpo Ltd.',
  country: 'IL',
  purpose: 'social',
  policyUrl: 'https://www.yotpo.com/privacy-policy/',
  urls: ['yotpo.com'],
  cookies: [],
  description: 'Review widgets.',
  source: ['https://support.yotpo.com/docs/yotpo-cookies'],
} satisfies VendorDefinition;
