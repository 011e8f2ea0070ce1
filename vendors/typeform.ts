import type { VendorDefinition } from '../src/types.js';

/**
 * Typeform embeds (`embed.typeform.com/next/embed.js`, iframes on `form.typeform.com` or
 * `<account>.typeform.com`).
 */
export const typeform = {
  id: 'typeform',
  name: 'Typeform',
  company: 'TYPEFORM SL',
  country: 'ES',
  purpose: 'social',
  policyUrl: 'https://www.typeform.com/privacy-policy/',
  urls: ['typeform.com'],
  cookies: [
    { name: 'attribution_user_id', lifetime: '1 year', description: 'Visitor id', thirdParty: true },
  ],
  description: 'Embedded forms and surveys.',
  source: [
    'https://www.typeform.com/developers/embed/',
    'https://www.typeform.com/cookies-policy/',
  ],
} satisfies VendorDefinition;
