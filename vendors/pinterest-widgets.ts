import type { VendorDefinition } from '../src/types.js';

/**
 * Pin It button and board widgets (`assets.pinterest.com/js/pinit.js`, `widgets.pinterest.com`).
 * The conversion tag is pinterest-tag.
 */
export const pinterestWidgets = {
  id: 'pinterest-widgets',
  name: 'Pinterest widgets',
  company: 'Pinterest Europe Limited',
  country: 'IE',
  purpose: 'social',
  policyUrl: 'https://policy.pinterest.com/privacy-policy',
  urls: ['assets.pinterest.com', 'widgets.pinterest.com', 'log.pinterest.com'],
  cookies: [
    { name: '_pinterest_sess', lifetime: '1 year', description: 'Login state', thirdParty: true },
  ],
  description: 'Pin It buttons, board embeds.',
  source: [
    'https://developers.pinterest.com/docs/web-features/add-ons-overview/',
    'https://policy.pinterest.com/cookies',
  ],
} satisfies VendorDefinition;
