import type { VendorDefinition } from '../src/types.js';

/**
 * VWO SmartCode (`dev.visualwebsiteoptimizer.com/j.php`). _vwo_uuid_v2 lasts 1 year, _vis_opt_*
 * 100 days, session ones less.
 */
export const vwo = {
  id: 'vwo',
  name: 'VWO',
  company: 'Wingify Software Pvt. Ltd.',
  country: 'IN',
  purpose: 'analytics',
  policyUrl: 'https://vwo.com/privacy-policy/',
  urls: ['visualwebsiteoptimizer.com', 'wingify.com'],
  cookies: [
    { name: /^_vwo_/, lifetime: '1 year', description: 'Visitor id, tests seen' },
    { name: /^_vis_opt_/, lifetime: '100 days', description: 'Tests seen' },
  ],
  storage: [/^_vwo/, /^_vis_opt/],
  description: 'A/B tests, heatmaps.',
  source: ['https://help.vwo.com/hc/en-us/articles/360034171873-What-Cookies-Does-VWO-Use'],
} satisfies VendorDefinition;
