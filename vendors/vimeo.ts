import type { VendorDefinition } from '../src/types.js';

/** Vimeo embeds. Lifetimes: Vimeo cookie policy. */
export const vimeo = {
  id: 'vimeo',
  name: 'Vimeo',
  company: 'Vimeo.com, Inc.',
  purpose: 'social',
  policyUrl: 'https://vimeo.com/privacy',
  urls: ['vimeo.com', 'vimeocdn.com'],
  cookies: [{ name: 'vuid', lifetime: '2 years', description: 'Video statistics', thirdParty: true }],
  description: 'Embedded videos.',
} satisfies VendorDefinition;
