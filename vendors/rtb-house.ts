import type { VendorDefinition } from '../src/types.js';

/**
 * RTB House retargeting tags (`tags.creativecdn.com`); its cookies live on creativecdn.com only.
 */
export const rtbHouse = {
  id: 'rtb-house',
  name: 'RTB House',
  company: 'RTB House S.A.',
  country: 'PL',
  purpose: 'advertising',
  policyUrl: 'https://www.rtbhouse.com/privacy-center',
  urls: ['creativecdn.com'],
  cookies: [],
  description: 'Retargeting ads.',
  source: ['https://www.rtbhouse.com/privacy-center/services-privacy-policy'],
} satisfies VendorDefinition;
