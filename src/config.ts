import type { ResolvedConfig, TamisConfig, Texts, VendorDefinition } from './types.js';
import { isPurpose } from './purposes.js';

/** Google vendors that Google Consent Mode drives (and that `advanced` mode lets load at once). */
export const GOOGLE_VENDORS = ['google-analytics', 'google-ads', 'google-tag-manager'];

type Input = Record<string, unknown>;

const show = (value: unknown) =>
  typeof value == 'function' ? 'a function' : (JSON.stringify(value) ?? String(value));

/** Logs the one clear error for a key: what was expected, what was given. The default is used. */
const invalid = (key: string, expected: string, got: unknown) =>
  console.error(`tamis: config${key && '.' + key} must be ${expected}, got ${show(got)}`);

const isObject = (value: unknown): value is Input =>
  !!value && typeof value == 'object' && !Array.isArray(value);

/**
 * Returns `input[key]` when `ok` accepts it, else logs one error naming the key and returns the
 * fallback. Absent keys take the fallback silently.
 */
function pick<T>(input: Input, key: string, ok: (value: unknown) => boolean, expected: string, fallback: T, prefix = ''): T {
  const value = input[key];
  if (value === undefined) return fallback;
  if (ok(value)) return value as T;
  invalid(prefix + key, expected, value);
  return fallback;
}

const isBool = (v: unknown) => typeof v == 'boolean';
const isString = (v: unknown) => typeof v == 'string';
const isLanguage = (v: unknown) => typeof v == 'string' && /^[a-z]{2}$/i.test(v);
const oneOf = (...values: unknown[]) => (v: unknown) => values.includes(v);
const KEYS = 'vendors policyUrl revision retentionMonths cookie language texts reloadOnWithdraw respectGPC googleConsentMode consentLog ui'.split(' ');
const FULL = ['name', 'company', 'policyUrl'] as const;

/** A custom vendor needs every field the UI and the blocker read. */
const isDefinition = (v: Input): v is Input & VendorDefinition =>
  isString(v.id) && FULL.every((k) => isString(v[k])) && isPurpose(v.purpose) && Array.isArray(v.urls) && Array.isArray(v.cookies);

/** Resolves `config.vendors`: catalog ids, `{ id, purpose }` overrides, custom definitions. */
function resolveVendors(list: unknown, catalog: VendorDefinition[]): VendorDefinition[] {
  const out: VendorDefinition[] = [];
  if (list === undefined) return out;
  if (!Array.isArray(list)) {
    invalid('vendors', 'an array of vendor ids or definitions', list);
    return out;
  }
  list.forEach((item: unknown, i) => {
    const key = `vendors[${i}]`;
    const id = isObject(item) ? item.id : item;
    const known = catalog.find((v) => v.id === id);
    let vendor: VendorDefinition | undefined;
    if (isObject(item) && isDefinition(item)) vendor = item;
    else if (!known) invalid(key, 'a catalog vendor id or a full definition (id, name, company, purpose, policyUrl, urls, cookies)', isObject(item) ? id : item);
    else if (!isObject(item)) vendor = known;
    else if (item.purpose === undefined || isPurpose(item.purpose)) vendor = { ...known, ...item } as VendorDefinition;
    else invalid(`${key}.purpose`, 'a purpose id', item.purpose);
    if (vendor && !out.some((v) => v.id === vendor.id)) out.push(vendor);
  });
  return out;
}

/**
 * Validates a configuration and fills in the defaults. Never throws: each invalid key logs one
 * `console.error` naming it and what was expected, and falls back to its default, so a typo never
 * turns blocking off.
 * @param input `window.tamisConfig` or the argument of `init()`.
 * @param catalog The vendor catalog.
 * @param fallbackLanguage `<html lang>` or the browser's language, used when `language` is not set.
 */
export function resolveConfig(input: TamisConfig | undefined, catalog: VendorDefinition[], fallbackLanguage = 'en'): ResolvedConfig {
  let c = (input ?? {}) as Input;
  if (!isObject(c)) {
    invalid('', 'an object', c);
    c = {};
  }
  // A misspelt key (`retentionMonth`) would silently keep the default: say so.
  for (const key in c) if (!KEYS.includes(key)) console.error(`tamis: config.${key} is not a known option`);
  const vendors = resolveVendors(c.vendors, catalog);
  const gcm = pick<TamisConfig['googleConsentMode']>(c, 'googleConsentMode', (v) => isBool(v) || isObject(v), 'true, false or an object', vendors.some((v) => GOOGLE_VENDORS.includes(v.id)));
  const gcmOptions = isObject(gcm) ? gcm : {};
  const ui = pick<Input>(c, 'ui', isObject, 'an object', {});
  const cookie = pick<Input>(c, 'cookie', isObject, 'an object', {});
  const texts = pick<Input>(c, 'texts', isObject, 'an object', {});
  const uiKey = (key: string, ok: (v: unknown) => boolean, expected: string, fallback: unknown) =>
    pick(ui, key, ok, expected, fallback, 'ui.');
  const language = pick<string>(c, 'language', isLanguage, 'a two-letter language code', fallbackLanguage);
  return {
    vendors,
    policyUrl: pick(c, 'policyUrl', isString, 'a URL', ''),
    revision: pick(c, 'revision', (v) => isString(v) || Number.isFinite(v), 'a number or a string', 1),
    // CNIL: consent kept 6 months is the recommended practice; 13 months is the legal maximum
    // for a cookie's lifetime (délibération 2020-091 art. 5; recommandation 2020-092 §50).
    retentionMonths: pick(c, 'retentionMonths', (v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 13, 'a whole number from 1 to 13 (CNIL)', 6),
    cookie: {
      name: pick(cookie, 'name', (v) => isString(v) && /^[\w!#$&'*+.^`|~-]+$/.test(v as string), 'a cookie name (RFC 6265 token)', 'tamis_consent', 'cookie.'),
      domain: pick(cookie, 'domain', isString, 'a domain name', undefined, 'cookie.'),
    },
    language: language.slice(0, 2).toLowerCase(),
    // A flat map of strings applies to every language: it is kept under '*'.
    texts: (Object.values(texts).every(isString) ? { '*': texts } : texts) as Record<string, Texts>,
    reloadOnWithdraw: pick(c, 'reloadOnWithdraw', isBool, 'true or false', true),
    respectGPC: pick(c, 'respectGPC', isBool, 'true or false', true),
    googleConsentMode: !!gcm && {
      ...gcmOptions,
      mode: pick<'basic' | 'advanced'>(gcmOptions, 'mode', oneOf('basic', 'advanced'), '"basic" or "advanced"', 'basic', 'googleConsentMode.'),
      waitForUpdate: pick(gcmOptions, 'waitForUpdate', (v) => Number.isInteger(v) && (v as number) >= 0, 'a number of milliseconds', 500, 'googleConsentMode.'),
    },
    consentLog: pick(c, 'consentLog', (v) => isObject(v) && isString(v.endpoint), 'an object with an endpoint URL', undefined),
    ui: {
      ...ui,
      layout: uiKey('layout', oneOf('bar', 'box', 'center'), '"bar", "box" or "center"', 'bar'),
      theme: uiKey('theme', oneOf('auto', 'light', 'dark'), '"auto", "light" or "dark"', 'auto'),
      preferencesLink: uiKey('preferencesLink', oneOf(true, false, 'left', 'right'), 'true, false, "left" or "right"', false),
      continueWithoutAccepting: uiKey('continueWithoutAccepting', isBool, 'true or false', false),
      url: uiKey('url', isString, 'a URL', undefined),
      load: uiKey('load', (v) => typeof v == 'function', 'a function returning a promise', undefined),
    } as ResolvedConfig['ui'],
  };
}
