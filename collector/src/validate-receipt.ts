import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ErrorObject } from 'ajv';

/** A receipt as tamis sends it (schema/consent-receipt.schema.json). */
export interface Receipt {
  id: string;
  revision: number | string;
  date: string;
  expires: string;
  categories: Record<string, boolean>;
  vendors: Record<string, boolean>;
  method: 'accept-all' | 'reject-all' | 'custom' | 'gpc';
  gpc: boolean;
  textsHash?: string;
  url: string;
  language: string;
  version: string;
}

// The published schema, copied next to the build so the package carries it.
const schema = JSON.parse(readFileSync(new URL('./consent-receipt.schema.json', import.meta.url), 'utf8'));
const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ allErrors: false, strict: false });
(addFormats as unknown as typeof addFormats.default)(ajv);
const check = ajv.compile<Receipt>(schema);

/** `categories.analytics` from `/categories/analytics`. */
const field = (pointer: string) => pointer.slice(1).replace(/\//g, '.') || '(body)';

function describe(error: ErrorObject): string {
  const at = field(error.instancePath);
  const params = error.params as Record<string, string>;
  switch (error.keyword) {
    case 'required':
      return `${params.missingProperty}: missing`;
    case 'additionalProperties':
      return `${at == '(body)' ? '' : at + '.'}${params.additionalProperty}: not a receipt field`;
    case 'propertyNames':
      return `${at}: unknown purpose ${JSON.stringify(params.propertyName)}`;
    case 'enum':
      return `${at}: must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return `${at}: ${error.message}`;
  }
}

const DAY = 86_400_000;
/** A receipt is valid for at most 13 months (CNIL: ask again at least every 13 months). */
const MAX_VALIDITY_MONTHS = 13;

/**
 * Checks a parsed body against the published schema and the rules the schema cannot say.
 * @returns the receipt, or a message naming the first invalid field (`expires: more than 13 months after date`).
 */
export function validateReceipt(value: unknown, now = Date.now()): { receipt: Receipt } | { error: string } {
  if (!check(value)) {
    // propertyNames reports twice (the name, then the object): the name is the useful one.
    const errors = check.errors ?? [];
    const named = errors.find((e) => e.keyword == 'propertyNames') ?? errors[0];
    return { error: named ? describe(named) : 'invalid receipt' };
  }
  const receipt = value;
  if (receipt.id.length > 200) return { error: 'id: longer than 200 characters' };
  if (String(receipt.revision).length > 200) return { error: 'revision: longer than 200 characters' };
  const date = Date.parse(receipt.date);
  const expires = Date.parse(receipt.expires);
  if (Number.isNaN(date)) return { error: 'date: not a date' };
  if (Number.isNaN(expires)) return { error: 'expires: not a date' };
  if (date > now + DAY) return { error: 'date: more than one day in the future' };
  if (date < Date.UTC(2000, 0, 1)) return { error: 'date: before 2000' };
  if (expires < date) return { error: 'expires: before date' };
  const limit = new Date(date);
  limit.setUTCMonth(limit.getUTCMonth() + MAX_VALIDITY_MONTHS);
  // One day of slack for month ends (31 Jan + 1 month is 2 or 3 March depending on the library).
  if (expires > limit.getTime() + DAY) return { error: `expires: more than ${MAX_VALIDITY_MONTHS} months after date` };
  return { receipt };
}
