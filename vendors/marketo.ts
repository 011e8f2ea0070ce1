import type { VendorDefinition } from '../src/types.js';

/**
 * Marketo Munchkin tracking (`munchkin.marketo.net/munchkin.js`, `*.mktoresp.com`). Marketing
 * automation: `advertising`.
 */
export const marketo = {
  id: 'marketo',
  name: 'Adobe Marketo Engage',
  company: 'Adobe Systems Software Ireland Limited',
  country: 'IE',
  purpose: 'advertising',
  policyUrl: 'https://www.adobe.com/privacy/policy.html',
  urls: ['munchkin.marketo.net', 'mktoresp.com'],
  cookies: [
    { name: '_mkto_trk', lifetime: '2 years', description: 'Visitor id' },
  ],
  description: 'Marketing automation tracking.',
  source: ['https://experienceleague.adobe.com/en/docs/marketo-developer/marketo/javascriptapi/cookies'],
} satisfies VendorDefinition;
