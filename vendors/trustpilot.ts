import type { VendorDefinition } from '../src/types.js';

/**
 * Trustpilot TrustBox widgets (`widget.trustpilot.com/bootstrap/v5/tp.widget.bootstrap.min.js`,
 * iframes on widget.trustpilot.com) and invitation script. The widgets set no cookie on the site.
 */
export const trustpilot = {
  id: 'trustpilot',
  name: 'Trustpilot',
  company: 'Trustpilot A/S',
  country: 'DK',
  purpose: 'social',
  policyUrl: 'https://legal.trustpilot.com/for-reviewers/end-user-privacy-terms',
  urls: ['trustpilot.com', 'trustpilot.net'],
  cookies: [],
  description: 'Review widgets.',
  source: ['https://support.trustpilot.com/hc/en-us/articles/115011421468-Add-a-TrustBox-widget-to-your-website'],
} satisfies VendorDefinition;
