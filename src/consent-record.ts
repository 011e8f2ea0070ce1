import type { DecisionMethod } from './types.js';
import { HEAD_BUNDLE } from './build-flags.js';

/** Bump when the layout of {@link ConsentRecord} changes: older records then count as no consent. */
export const FORMAT_VERSION = 1;

/** The decision as stored in the consent cookie (short keys: it travels with every request). */
export interface ConsentRecord {
  /** Format version. */
  v: number;
  /** Random consent id. */
  id: string;
  /** Policy revision. */
  r: number | string;
  /** Decision time, ms since the epoch. */
  t: number;
  /** Choices per purpose the visitor decided. */
  c: Record<string, boolean>;
  /** Choices per vendor the visitor made one by one (they override the purpose's). */
  x: Record<string, boolean>;
  /** How the decision was made. */
  m: DecisionMethod;
  /** Global Privacy Control honoured. */
  g: boolean;
}

/**
 * FNV-1a (32 bits). A checksum, not a signature: it detects a value edited by hand or cut short,
 * which must count as no consent (CNIL wants a valid, unambiguous record). Proof of consent lives
 * server-side, in the receipts.
 */
const checksum = (text: string): string => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x1000193);
  return (hash >>> 0).toString(36);
};

/** Serialises a record with its checksum: `<json>.<checksum>`. */
export function encodeRecord(record: ConsentRecord): string {
  const json = JSON.stringify(record);
  return `${json}.${checksum(json)}`;
}

const isChoices = (value: unknown): value is Record<string, boolean> =>
  !!value && typeof value == 'object' && Object.values(value).every((v) => typeof v == 'boolean');

/**
 * Parses a stored value. Returns `null` for anything malformed, tampered with or of another format
 * version; never throws.
 */
export function decodeRecord(value: string | undefined): ConsentRecord | null {
  // No cookie (every first visit): no exception thrown and caught while tamis.js is evaluated
  // (issue #13). Elsewhere the `catch` below answers the same, in fewer bytes.
  if (HEAD_BUNDLE && !value) return null;
  try {
    // Without a dot, `json` loses the last character and the "checksum" is the whole value, at most
    // 7 characters long: no record is that short, so the shape check below rejects it anyway.
    const dot = value!.lastIndexOf('.');
    const json = value!.slice(0, dot);
    if (checksum(json) != value!.slice(dot + 1)) return null;
    const r = JSON.parse(json) as ConsentRecord;
    // The checksum already rules out hand edits; this rules out a well-formed record of
    // another shape (a forged or foreign value) reaching code that reads `c` and `x`.
    return r.v === FORMAT_VERSION && Number.isFinite(r.t) && isChoices(r.c) && isChoices(r.x) ? r : null;
  } catch {
    return null;
  }
}

/**
 * Adds calendar months, clamping to the end of shorter months (31 January + 1 month = 28 or
 * 29 February), so "6 months" never runs past the CNIL's 6-month recommendation.
 */
export function addMonths(time: number, months: number): Date {
  const date = new Date(time);
  const day = date.getDate();
  date.setMonth(date.getMonth() + months);
  // A day the target month lacks overflows into the next month (31 January + 1 → 3 March): day 0
  // of that month is the last day of the target month.
  if (date.getDate() != day) date.setDate(0);
  return date;
}

/**
 * A random UUID v4. `crypto.randomUUID` exists only in secure contexts (https, localhost); on plain
 * http each variable digit of the template is drawn from `crypto.getRandomValues` instead
 * (RFC 9562 §5.4: version nibble 4, variant bits 10).
 */
export const randomId = (): string =>
  crypto.randomUUID?.() ??
  '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) =>
    (+c ^ (crypto.getRandomValues(new Uint8Array(1))[0] & (15 >> (+c / 4)))).toString(16),
  );
