import type { VendorDefinition } from '../src/types.js';

/**
 * Yandex Metrica (`mc.yandex.ru/metrika/tag.js`) and Webvisor session replay.
 */
export const yandexMetrica = {
  id: 'yandex-metrica',
  name: 'Yandex Metrica',
  company: 'YANDEX LLC',
  country: 'RU',
  purpose: 'analytics',
  policyUrl: 'https://yandex.com/legal/confidential/',
  urls: [
    'mc.yandex.ru',
    'mc.yandex.com',
    'mc.yandex.by',
    'mc.yandex.kz',
    'mc.webvisor.org',
    'mc.webvisor.com',
  ],
  cookies: [
    { name: '_ym_uid', lifetime: '1 year', description: 'Visitor id' },
    { name: '_ym_d', lifetime: '1 year', description: 'First visit date' },
    { name: '_ym_isad', lifetime: '20 hours', description: 'Ad blocker check' },
    { name: '_ym_visorc', lifetime: '30 minutes', description: 'Session replay state' },
    { name: /^_ym_/, lifetime: '1 year', description: 'Visit state' },
  ],
  storage: [/^_ym/],
  description: 'Measures visits, heatmaps, recordings.',
  source: ['https://yandex.com/support/metrica/general/cookie-usage.html'],
} satisfies VendorDefinition;
