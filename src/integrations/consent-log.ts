import type { Consent, ConsentLogOptions, DecisionDetails, DecisionMethod } from '../types.js';

/**
 * Proof of one decision, as POSTed to `consentLog.endpoint`. Format: schema/consent-receipt.schema.json.
 * Nothing identifies the visitor beyond the random consent id: tamis sends no IP address (the
 * server sees one anyway and should not keep it with the receipt) and no user agent.
 */
export interface ConsentReceipt {
  /** Consent id (random UUID of the decision); with `date`, identifies the receipt. */
  id: string;
  /** Policy revision the decision was made for. */
  revision: number | string;
  /** Decision time, ISO 8601. */
  date: string;
  /** When the decision expires, ISO 8601. */
  expires: string;
  /** Choice per purpose. */
  categories: Consent['categories'];
  /** Choice per vendor. */
  vendors: Record<string, boolean>;
  method: DecisionMethod;
  /** Global Privacy Control was sent and honoured. */
  gpc: boolean;
  /** SHA-256 (hex) of the texts the visitor was shown, when the UI gave it. */
  textsHash?: string;
  /** Page of the decision, without query string or hash (they can carry personal data). */
  url: string;
  /** Language the texts were shown in. */
  language: string;
  /** tamis version. */
  version: string;
}

/** localStorage key of receipts not yet delivered, and how many are kept (the newest). */
const KEY = 'tamis_receipts';
const MAX = 20;

const read = (): ConsentReceipt[] => {
  try {
    const queue = JSON.parse(localStorage.getItem(KEY)!);
    return Array.isArray(queue) ? queue : [];
  } catch {
    return [];
  }
};

const write = (queue: ConsentReceipt[]) => {
  try {
    if (queue.length) localStorage.setItem(KEY, JSON.stringify(queue.slice(-MAX)));
    else localStorage.removeItem(KEY);
  } catch {
    // Storage full or disabled: the receipt is sent once, without retry.
  }
};

/**
 * Sends receipts to the site's endpoint with an outbox: each receipt is stored in localStorage
 * first and removed once the endpoint answered; receipts still stored (endpoint down, page left
 * before the answer) are sent again at start-up of the next page, so the endpoint may see one twice
 * and should deduplicate on `id` + `date`.
 * Sent with `fetch(…, { keepalive: true })`, which outlives the page like `navigator.sendBeacon`
 * but, unlike it, carries the site's `headers` and reports failure (a beacon is "queued" even when
 * the endpoint is down, so it could never be retried). Any answer but 2xx, and network errors, leave
 * the receipt stored for the next page; the outbox keeps the newest 20.
 * @returns the function that logs one decision.
 */
export function startConsentLog(
  options: ConsentLogOptions,
  language: string,
  version: string,
): (consent: Consent, details: DecisionDetails) => void {
  // Receipts are compared as JSON text: the stored copy and the one sent serialise alike.
  const send = (receipt: ConsentReceipt, body = JSON.stringify(receipt)) =>
    fetch(options.endpoint, {
      method: 'POST',
      keepalive: true,
      headers: { 'content-type': 'application/json', ...options.headers },
      body,
    }).then(
      (response) => response.ok && write(read().filter((r) => JSON.stringify(r) != body)),
      () => {},
    );
  read().forEach((receipt) => send(receipt));
  return (consent, details) => {
    // Dates become ISO 8601 strings in JSON; `details` adds the method and the texts hash.
    const receipt = { ...consent, ...details, url: location.origin + location.pathname, language, version };
    write([...read(), receipt as unknown as ConsentReceipt]);
    send(receipt as unknown as ConsentReceipt);
  };
}
