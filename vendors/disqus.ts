import type { VendorDefinition } from '../src/types.js';

/**
 * Disqus comments (`<shortname>.disqus.com/embed.js`, iframes on `disqus.com`, `c.disquscdn.com`).
 */
export const disqus = {
  id: 'disqus',
  name: 'Disqus',
  company: 'Disqus, Inc.',
  country: 'US',
  purpose: 'social',
  policyUrl: 'https://help.disqus.com/en/articles/1717103-disqus-privacy-policy',
  urls: ['disqus.com', 'disquscdn.com', 'disq.us'],
  cookies: [
    { name: 'disqus_unique', lifetime: '1 year', description: 'Visitor id', thirdParty: true },
    { name: '__jid', lifetime: 'session', description: 'Session id', thirdParty: true },
  ],
  description: 'Comments.',
  source: ['https://help.disqus.com/en/articles/1717155-use-of-cookies'],
} satisfies VendorDefinition;
