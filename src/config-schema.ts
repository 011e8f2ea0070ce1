// The config's validation rules and helpers, shared by config.ts (what `<head>` resolves) and
// config-deferred.ts (what the deferred module resolves), kept apart so that each bundle carries
// only the half it runs: dist/tamis-deferred.js resolves its keys without resolveHeadConfig, which
// only its config-messages chunk needs again.
import { HEAD_BUNDLE } from './build-flags.js';

/**
 * Told about each invalid value: its key (`retentionMonths`, `cookie.name`, `vendors[2]`, `''` for
 * the whole config) and the value. The `<head>` runtime passes none (it stays silent and small);
 * `validateConfig` in the deferred module logs the clear messages.
 */
export type Report = (key: string, got: unknown) => void;

/**
 * Reports an invalid value and returns `undefined` (the caller's fallback). The key is built only
 * when reported, and the head bundle, where nothing listens, leaves reports out (build-flags.ts).
 */
export const invalid = (report: Report, key: () => string, got: unknown): undefined => void (HEAD_BUNDLE || report(key(), got));

export type Input = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
/** A predicate, or the list of allowed values; the fallback defaults to the first of the list. */
export type Rule = [check: ((value: any) => unknown) | unknown[], fallback?: unknown]; // eslint-disable-line @typescript-eslint/no-explicit-any

export const isObject = (value: unknown): value is Input => !!value && typeof value == 'object' && !Array.isArray(value);
export const isString = (v: unknown): v is string => typeof v == 'string';
export const BOOL = [true, false];
export const OBJECT: Rule = [isObject, {}];

/**
 * A link the UI may render: `http:`, `https:` or relative (resolved as the browser would, so that
 * `JavaScript:`, ` javascript:` or `java\tscript:` are caught too; WHATWG URL strips those spaces).
 * Anything else (`javascript:`, `data:`) is never put in an `href`.
 */
export const isSafeUrl = (v: unknown): v is string => {
  try {
    return isString(v) && /^https?:$/.test(new URL(v, 'https://relative.invalid/').protocol);
  } catch {
    return false;
  }
};


/**
 * Applies a flat schema in order: a section ('ui') comes before its keys ('ui.layout'), which apply
 * only when the section resolved to an object (`googleConsentMode: true` means the defaults).
 * Changes `config` in place; the site's own objects are copied, never changed.
 */
export function apply(config: Input, schema: Record<string, Rule>, report: Report) {
  for (const path in schema) {
    const [check, fallback = (check as unknown[])[0]] = schema[path];
    const [section, key = section] = path.split('.');
    const out = key == section ? config : config[section];
    if (!out) continue;
    let value = out[key];
    if (value !== undefined && !(Array.isArray(check) ? check.includes(value) : check(value))) {
      invalid(report, () => path, value);
      value = undefined;
    }
    value ??= fallback;
    out[key] = isObject(value) ? { ...value } : path == 'googleConsentMode' && value ? {} : value;
  }
  return config;
}

