import type { VendorDefinition } from '../src/types.js';

/**
 * Brevo (formerly Sendinblue) tracker (`cdn.brevo.com/js/sdk-loader.js`, legacy
 * `sibautomation.com/sa.js`) and Brevo Conversations. Marketing automation: `advertising`.
 */
export const brevo = {
  id: 'brevo',
  name: 'Brevo',
  company: 'Sendinblue SAS',
  country: 'FR',
  purpose: 'advertising',
  policyUrl: 'https://www.brevo.com/legal/privacypolicy/',
  urls: [
    'sibautomation.com',
    'cdn.brevo.com',
    'in-automate.brevo.com',
    'in-automate.sendinblue.com',
    'conversations-widget.brevo.com',
  ],
  cookies: [
    { name: 'sib_cuid', lifetime: '6 months', description: 'Visitor id' },
  ],
  description: 'Marketing automation tracking.',
  source: [
    'https://developers.brevo.com/docs/js-tracker',
    'https://help.brevo.com/hc/en-us/articles/360020818280',
  ],
} satisfies VendorDefinition;
