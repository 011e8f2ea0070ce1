import type { VendorDefinition } from '../src/types.js';

/**
 * Mailchimp site tracking and pop-up forms (`chimpstatic.com/mcjs-connected/…`, `*.list-manage.com`).
 * Embedded sign-up forms that post to list-manage.com are plain forms and are not blocked.
 */
export const mailchimp = {
  id: 'mailchimp',
  name: 'Mailchimp',
  company: 'The Rocket Science Group LLC',
  country: 'US',
  purpose: 'advertising',
  policyUrl: 'https://www.intuit.com/privacy/statement/',
  urls: ['chimpstatic.com', 'list-manage.com'],
  cookies: [
    { name: 'MCPopupClosed', lifetime: '1 year', description: 'Pop-up closed' },
    { name: 'MCPopupSubscribed', lifetime: '1 year', description: 'Pop-up subscribed' },
  ],
  description: 'Email marketing sign-up and site tracking.',
  source: [
    'https://mailchimp.com/help/add-a-pop-up-signup-form-to-your-website/',
    'https://mailchimp.com/legal/cookies/',
  ],
} satisfies VendorDefinition;
