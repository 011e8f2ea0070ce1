import type { VendorDefinition } from '../src/types.js';

/**
 * LiveRamp Authenticated Traffic Solution and matching (`ats.rlcdn.com`, `*.rlcdn.com`).
 */
export const liveramp = {
  id: 'liveramp',
  name: 'LiveRamp',
  company: 'LiveRamp, Inc.',
  country: 'US',
  purpose: 'advertising',
  policyUrl: 'https://liveramp.com/privacy/',
  urls: ['rlcdn.com'],
  cookies: [
    { name: '_lr_env', lifetime: '30 days', description: 'RampID envelope' },
    { name: 'rlas3', lifetime: '1 year', description: 'Visitor id', thirdParty: true },
  ],
  storage: [/^_lr_env/],
  description: 'Identity matching for ads.',
  source: [
    'https://docs.liveramp.com/privacy-manager/en/ats-js.html',
    'https://liveramp.com/privacy/service-privacy-policy/',
  ],
} satisfies VendorDefinition;
