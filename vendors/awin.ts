import type { VendorDefinition } from '../src/types.js';

/**
 * Awin affiliate MasterTag (`www.dwin1.com/<advertiser>.js`) and tracking (`www.awin1.com`, `zenaps.com`).
 */
export const awin = {
  id: 'awin',
  name: 'Awin',
  company: 'AWIN AG',
  country: 'DE',
  purpose: 'advertising',
  policyUrl: 'https://www.awin.com/gb/privacy',
  urls: ['dwin1.com', 'awin1.com', 'zenaps.com'],
  cookies: [
    { name: /^_aw_m_\d+$/, lifetime: '1 year', description: 'Affiliate click id' },
    { name: 'AWSESS', lifetime: 'session', description: 'Session state', thirdParty: true },
  ],
  description: 'Affiliate marketing.',
  source: [
    'https://wiki.awin.com/index.php/Advertiser_Tracking_Guide',
    'https://www.awin.com/gb/privacy',
  ],
} satisfies VendorDefinition;
