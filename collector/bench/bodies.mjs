// The request bodies of the benchmark: a fresh tamis receipt per request, and the same decision as
// c15t's consent-recording endpoint (`POST /subjects`) takes it, so both servers store the same content.
import { createHash, randomBytes } from 'node:crypto';

// The texts behind the receipts' textsHash, sent to tamis-collector once before the load as the
// browser would.
export const TEXTS = JSON.stringify({ title: 'We use cookies', accept: 'Accept all', reject: 'Reject all' });
export const TEXTS_HASH = createHash('sha256').update(TEXTS).digest('hex');

/** A valid receipt as tamis sends it: random UUID, a decision date in the last 24 h. */
export function receipt() {
  const date = new Date(Date.now() - Math.floor(Math.random() * 86_400_000));
  return {
    id: crypto.randomUUID(),
    revision: 3,
    date: date.toISOString(),
    expires: new Date(date.getTime() + 180 * 86_400_000).toISOString(),
    categories: { necessary: true, analytics: Math.random() < 0.6, advertising: Math.random() < 0.4, social: false },
    vendors: { 'google-analytics': true, 'google-ads': false, youtube: true },
    method: 'custom',
    gpc: false,
    textsHash: TEXTS_HASH,
    url: 'https://shop.example/cart',
    language: 'en',
    version: '0.1.0',
  };
}

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
/** c15t's client-generated subject ids match /^sub_[base58]+$/ (@c15t/schema subjectIdSchema). */
function subjectId() {
  let n = BigInt(`0x${randomBytes(16).toString('hex')}`);
  let out = '';
  for (; n > 0n; n /= 58n) out = BASE58[Number(n % 58n)] + out;
  return `sub_${out || '1'}`;
}

/**
 * The same decision in c15t's `POST /subjects` shape (docs/self-host/api/endpoints.md): the
 * categories as `preferences`, the date as `givenAt` (epoch ms), what c15t has no field for
 * (revision, expiry, vendors, texts hash, URL, language, version, GPC) in `metadata`.
 */
export function c15tConsent(r = receipt()) {
  const { id, categories, date, method, ...rest } = r;
  return {
    type: 'cookie_banner',
    subjectId: subjectId(),
    domain: 'shop.example',
    preferences: categories,
    givenAt: Date.parse(date),
    consentAction: method,
    metadata: { consentId: id, ...rest },
  };
}
