import type { VendorDefinition } from '../src/types.js';

/**
 * Fullstory session replay (`edge.fullstory.com/s/fs.js`, `rs.fullstory.com`).
 */
export const fullstory = {
  id: 'fullstory',
  name: 'Fullstory',
  company: 'FullStory, Inc.',
  country: 'US',
  purpose: 'analytics',
  policyUrl: 'https://www.fullstory.com/legal/privacy-policy/',
  urls: ['fullstory.com'],
  cookies: [
    { name: 'fs_uid', lifetime: '1 year', description: 'Visitor id' },
    { name: 'fs_lua', lifetime: '30 minutes', description: 'Last activity' },
    { name: 'fs_cid', lifetime: '1 year', description: 'Consent state' },
  ],
  description: 'Session recordings.',
  source: ['https://help.fullstory.com/hc/en-us/articles/360020829513-Why-Fullstory-uses-First-Party-Cookies'],
} satisfies VendorDefinition;
