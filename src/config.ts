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

type Rule = [ok: (value: unknown) => boolean, expected: string, fallback?: unknown];

/**
 * Copies `input` (an object, else `{}`) and checks each key of `schema`: a valid value is kept, an
 * absent one takes the default silently, an invalid one logs one error naming it and takes the
 * default.
 */
function section(input: unknown, schema: Record<string, Rule>, prefix: string): Input {
  const out: Input = { ...(input as Input) };
  for (const key in schema) {
    const [ok, expected, fallback] = schema[key];
    if (out[key] === undefined || !ok(out[key])) {
      if (out[key] !== undefined) invalid(prefix + key, expected, out[key]);
      out[key] = fallback;
    }
  }
  return out;
}

const isBool = (v: unknown) => typeof v == 'boolean';
const isString = (v: unknown) => typeof v == 'string';
/** A rule for one of a few values; the message lists them: `"bar", "box" or "center"`. */
const oneOf = (values: unknown[], fallback: unknown): Rule => [
  (v) => values.includes(v),
  values.map(show).join(', ').replace(/, (?!.*, )/, ' or '),
  fallback,
];
const BOOL = 'true or false';
const OBJECT: Rule = [isObject, 'an object', {}];
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
  const config = section(c, {
    policyUrl: [isString, 'a URL', ''],
    revision: [(v) => isString(v) || Number.isFinite(v), 'a number or a string', 1],
    // CNIL: keeping a decision 6 months is the recommended practice; 13 months is the maximum
    // lifetime of a cookie (délibération 2020-091 art. 5; recommandation 2020-092 §50).
    retentionMonths: [(v) => Number.isInteger(v) && (v as number) > 0 && (v as number) < 14, 'a whole number from 1 to 13 (CNIL)', 6],
    language: [(v) => isString(v) && /^[a-z]{2}$/i.test(v as string), 'a two-letter language code', fallbackLanguage],
    reloadOnWithdraw: [isBool, BOOL, true],
    respectGPC: [isBool, BOOL, true],
    // On by default when a Google vendor is listed (Consent Mode v2 is required to use them in the EEA).
    googleConsentMode: [(v) => isBool(v) || isObject(v), 'true, false or an object', vendors.some((v) => GOOGLE_VENDORS.includes(v.id))],
    consentLog: [(v) => isObject(v) && isString(v.endpoint), 'an object with an endpoint URL'],
    cookie: OBJECT,
    texts: OBJECT,
    ui: OBJECT,
  }, '');
  const gcm = config.googleConsentMode;
  const texts = config.texts as Texts;
  return {
    ...config,
    vendors,
    language: (config.language as string).toLowerCase(),
    cookie: section(config.cookie, {
      name: [(v) => isString(v) && /^[\w!#$&'*+.^`|~-]+$/.test(v as string), 'a cookie name (RFC 6265 token)', 'tamis_consent'],
      domain: [isString, 'a domain name'],
    }, 'cookie.'),
    // A flat map of strings applies to every language: it is kept under '*'.
    texts: Object.values(texts).every(isString) ? { '*': texts } : texts,
    googleConsentMode: !!gcm && section(gcm, {
      mode: oneOf(['basic', 'advanced'], 'basic'),
      waitForUpdate: [(v) => Number.isInteger(v) && (v as number) >= 0, 'a number of milliseconds', 500],
    }, 'googleConsentMode.'),
    ui: section(config.ui, {
      layout: oneOf(['bar', 'box', 'center'], 'bar'),
      theme: oneOf(['auto', 'light', 'dark'], 'auto'),
      preferencesLink: oneOf([true, false, 'left', 'right'], false),
      continueWithoutAccepting: [isBool, BOOL, false],
      url: [isString, 'a URL'],
      load: [(v) => typeof v == 'function', 'a function returning a promise'],
    }, 'ui.'),
  } as unknown as ResolvedConfig;
}
