import type { VendorDefinition } from '../src/types.js';

/**
 * Crisp chatbox (`client.crisp.chat/l.js`, `client.relay.crisp.chat`). Its session cookie is
 * `crisp-client/session/<website id>` (URL-encoded in document.cookie).
 */
export const crisp = {
  id: 'crisp',
  name: 'Crisp',
  company: 'Crisp IM SAS',
  country: 'FR',
  purpose: 'social',
  policyUrl: 'https://crisp.chat/en/privacy/',
  urls: ['crisp.chat'],
  cookies: [
    { name: /^crisp-client/, lifetime: '6 months', description: 'Chat session' },
  ],
  storage: [/^crisp-client/],
  description: 'Chat widget.',
  source: ['https://help.crisp.chat/en/article/crisp-chatbox-cookie-ip-policy-1147xor/'],
} satisfies VendorDefinition;
