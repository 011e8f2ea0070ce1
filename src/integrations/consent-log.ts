import type { Consent, ConsentLogOptions, DecisionDetails, DecisionMethod, ResolvedConfig, TamisApi } from '../types.js';

/** Told of each decision made in this tab, with how it was made. */
export type DecisionHook = (consent: Consent, details: DecisionDetails & { method: DecisionMethod }) => void;

/** What the deferred module hands to the receipts log. */
export interface ConsentLogContext {
  api: TamisApi;
  config: ResolvedConfig;
  /** Calls `hook` after every decision made in this tab; returns the unsubscribe function. */
  onDecision(hook: DecisionHook): () => void;
}

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

/** localStorage key of receipts not yet delivered (the runtime checks it too), and how many are kept (the newest). */
export const OUTBOX_KEY = 'tamis_receipts';
const MAX = 20;

/**
 * localStorage key of the texts behind the newest receipt's textsHash (`{ [hash]: JSON text }`),
 * kept until the endpoint has answered for them, so a receipt a later page delivers can still
 * send them when asked. Only the newest version is kept: texts are a few KiB.
 */
const TEXTS_KEY = 'tamis_texts';

const load = (key: string) => {
  try {
    return JSON.parse(localStorage.getItem(key)!);
  } catch {
    // unreadable or storage disabled: as if empty
  }
};

const read = (): ConsentReceipt[] => {
  const queue = load(OUTBOX_KEY);
  return Array.isArray(queue) ? queue : [];
};

/** Stores `value` as JSON under `key`, or removes the key when `value` is empty; `false` when storage is full or disabled. */
const save = (key: string, value?: unknown) => {
  try {
    if (value) localStorage.setItem(key, JSON.stringify(value));
    else localStorage.removeItem(key);
    return true;
  } catch {
    return false;
  }
};

/** Stores the outbox (the newest MAX). */
const write = (queue: ConsentReceipt[]) => save(OUTBOX_KEY, queue.length && queue.slice(-MAX));

/**
 * Builds the receipt of a decision made in this tab and stores it in the outbox. Runs synchronously
 * in the decision hook, so that a reload right after (a withdrawal) cannot lose it.
 * @returns the receipt when it could not be stored (storage full or disabled): `sendReceipts`
 *   then sends it once, without retry.
 */
export function queueReceipt(
  consent: Consent,
  details: DecisionDetails,
  language: string,
  version: string,
): ConsentReceipt | undefined {
  // Dates become ISO 8601 strings in JSON; `details` adds the method and the texts hash. The texts
  // themselves are not part of the receipt: they wait on the side until the endpoint asks.
  const { texts, ...rest } = details;
  // Storage full or disabled: the receipt still goes, its texts cannot.
  if (texts && rest.textsHash) save(TEXTS_KEY, { [rest.textsHash]: texts });
  const receipt = { ...consent, ...rest, url: location.origin + location.pathname, language, version } as unknown as ConsentReceipt;
  return write([...read(), receipt]) ? undefined : receipt;
}

/**
 * Logs every decision made in this tab: stores its receipt in the outbox and sends the outbox. The
 * deferred module starts it; the decision hook runs synchronously, before a withdrawal reloads.
 * @returns the unsubscribe function.
 */
export function startConsentLog({ api, config, onDecision }: ConsentLogContext): () => void {
  // Receipts a previous page could not deliver go now (the runtime loads this module for them).
  if (config.consentLog) sendReceipts(config.consentLog);
  return onDecision((consent, details) => {
    const options = config.consentLog;
    if (options) sendReceipts(options, queueReceipt(consent, details, config.language, api.version));
  });
}

/** Receipts being sent by this page, as JSON text: each is sent once at a time. */
const sending = new Set<string>();

/**
 * Delivers the outbox (and `receipt`, one that could not be stored) to the site's endpoint; lives
 * in the deferred module. Each call sends every stored receipt not already on its way, so one
 * refused earlier on this page is retried with the next decision. A receipt leaves the outbox once
 * the endpoint answered 2xx; any other answer, a network error or a page closed before the answer
 * leave it for the next page, so the endpoint may see a receipt twice and should deduplicate on
 * `id` + `date`. The outbox keeps the newest 20.
 * Texts: when the answer to an accepted receipt is JSON naming a `textsUrl`, the endpoint does not
 * have the texts of the receipt's textsHash yet; they are PUT there once, as the exact JSON text
 * that was hashed, so the endpoint checks the hash itself (tamis-collector does). An answer without
 * `textsUrl`, or a 2xx to the PUT, lets the page forget them.
 * Sent with `fetch(…, { keepalive: true })`, which outlives the page like `navigator.sendBeacon`
 * but, unlike it, carries the site's `headers` and reports failure (a beacon counts as sent even
 * when the endpoint is down, so it could never be retried).
 */
export function sendReceipts(options: ConsentLogOptions, receipt?: ConsentReceipt): void {
  // Receipts are compared as JSON text: the stored copy and the one given serialise alike.
  for (const body of new Set([...read(), ...(receipt ? [receipt] : [])].map((r) => JSON.stringify(r)))) {
    if (sending.has(body)) continue;
    sending.add(body);
    const headers = { 'content-type': 'application/json', ...options.headers };
    fetch(options.endpoint, { method: 'POST', keepalive: true, headers, body })
      .then((response) => {
        if (!response.ok) return;
          write(read().filter((r) => JSON.stringify(r) != body));
          const texts = load(TEXTS_KEY)?.[(JSON.parse(body) as ConsentReceipt).textsHash!];
          if (texts)
            return response
              .json() // an answer that is not JSON leaves the texts for the next decision to replace
              .then(
                ({ textsUrl }) =>
                  textsUrl &&
                  fetch(new URL(textsUrl, response.url), { method: 'PUT', keepalive: true, headers, body: texts }),
              )
              .then((sent) => sent?.ok != false && save(TEXTS_KEY));
      })
      // A network error or a page closed before the answer: kept for the next page.
      .catch(() => {})
      .finally(() => sending.delete(body));
  }
}
