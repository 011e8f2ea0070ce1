import type { ResolvedConfig } from './types.js';
import type { ConsentStorage } from './cookie-storage.js';
import { FORMAT_VERSION, addMonths, decodeRecord, encodeRecord, randomId } from './consent-record.js';
import type { ConsentRecord } from './consent-record.js';

/** What the store reads from the resolved config. */
export type StoreConfig = Pick<ResolvedConfig, 'cookie' | 'revision' | 'retentionMonths'>;

/** Reads and writes the consent record; pure apart from the injected storage and clock. */
export interface ConsentStore {
  /** The valid record: right format, this revision, not expired, untampered; else `null`. */
  read(): ConsentRecord | null;
  /** Records a new decision (new id and time) and returns it. */
  write(choices: Pick<ConsentRecord, 'c' | 'x' | 'm' | 'g'>): ConsentRecord;
  /** Deletes the record. */
  remove(): void;
  /** When a record expires: decision time + `retentionMonths` calendar months. */
  expires(record: ConsentRecord): Date;
}

/** When a record expires: decision time + `retentionMonths` calendar months. */
export const expiresAt = (record: ConsentRecord, config: StoreConfig) => addMonths(record.t, config.retentionMonths);

/**
 * Reads the valid record, else `null`. Reading never writes: a return visit must not extend the
 * record's lifetime (CNIL délibération 2020-092: consent kept 6 months, then asked again; the
 * exemption of audience cookies requires their lifetime not to be extended on later visits).
 * Used alone by the `<head>` runtime, which never writes.
 */
export function readRecord(get: (name: string) => string | undefined, config: StoreConfig, now: () => number = Date.now) {
  const record = decodeRecord(get(config.cookie.name));
  return record && record.r === config.revision && now() < +expiresAt(record, config) ? record : null;
}

/** Creates the full store (the deferred module writes and removes with it). */
export function createConsentStore(storage: ConsentStorage, config: StoreConfig, now: () => number = Date.now): ConsentStore {
  const { name, domain } = config.cookie;
  const expires = (record: ConsentRecord) => expiresAt(record, config);
  return {
    expires,
    read: () => readRecord(storage.get, config, now),
    write(choices) {
      const record: ConsentRecord = { v: FORMAT_VERSION, id: randomId(), r: config.revision, t: now(), ...choices };
      storage.set(name, encodeRecord(record), expires(record), domain);
      return record;
    },
    remove: () => storage.remove(name, domain),
  };
}
