import type { ResolvedConfig, TamisConfig, VendorDefinition } from './types.js';
import { isPurpose } from './purposes.js';

/** Google vendors that Google Consent Mode drives (and that `advanced` mode lets load at once). */
export const GOOGLE_VENDORS = ['google-analytics', 'google-ads', 'google-tag-manager'];

/**
 * Told about each invalid value: its key (`retentionMonths`, `cookie.name`, `vendors[2]`, `''` for
 * the whole config) and the value. The `<head>` runtime passes none (it stays silent and small);
 * `validateConfig` in the deferred module logs the clear messages.
 */
export type Report = (key: string, got: unknown) => void;

type Input = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
/** A predicate, or the list of allowed values; the fallback defaults to the first of the list. */
type Rule = [check: ((value: any) => unknown) | unknown[], fallback?: unknown]; // eslint-disable-line @typescript-eslint/no-explicit-any

const isObject = (value: unknown): value is Input => !!value && typeof value == 'object' && !Array.isArray(value);
const isString = (v: unknown): v is string => typeof v == 'string';
const BOOL = [true, false];
const OBJECT: Rule = [isObject, {}];

/** A custom vendor needs every field the UI and the blocker read. */
const isDefinition = (v: Input): v is VendorDefinition =>
  ['id', 'name', 'company', 'policyUrl'].every((k) => isString(v[k])) && isPurpose(v.purpose) && [v.urls, v.cookies].every(Array.isArray);

/** Resolves `config.vendors`: catalog ids, `{ id, purpose }` overrides, custom definitions. */
function resolveVendors(list: unknown, catalog: VendorDefinition[], report: Report): VendorDefinition[] {
  const out: VendorDefinition[] = [];
  if (list !== undefined && !Array.isArray(list)) report('vendors', list);
  else list?.forEach((item: unknown, i) => {
    const object = isObject(item);
    const id = object ? item.id : item;
    const known = catalog.find((v) => v.id === id);
    const vendor: VendorDefinition | void =
      object && isDefinition(item) ? item
      : !known ? report(`vendors[${i}]`, id)
      : !object ? known
      : item.purpose === undefined || isPurpose(item.purpose) ? { ...known, ...item }
      : report(`vendors[${i}].purpose`, item.purpose);
    if (vendor && !out.some((v) => v.id === vendor.id)) out.push(vendor);
  });
  return out;
}

/**
 * Fills in the defaults. Never throws: an invalid value is reported and falls back to its default,
 * so a typo never turns blocking off.
 * @param input `window.tamisConfig` or the argument of `init()`.
 * @param catalog The vendor catalog.
 * @param fallbackLanguage `<html lang>` or the browser's language, used when `language` is not set.
 * @param report Told about each invalid value (see `validateConfig` for the messages).
 */
export function resolveConfig(
  input: TamisConfig | undefined,
  catalog: VendorDefinition[],
  fallbackLanguage = 'en',
  report: Report = () => {},
): ResolvedConfig {
  let c = (input ?? {}) as Input;
  if (!isObject(c)) {
    report('', c);
    c = {};
  }
  const vendors = resolveVendors(c.vendors, catalog, report);
  // One flat schema: a section ('ui') comes before its keys ('ui.layout'), which apply only when
  // the section resolved to an object (`googleConsentMode: true` means the defaults).
  const schema: Record<string, Rule> = {
    policyUrl: [isString, ''],
    revision: [(v) => isString(v) || Number.isFinite(v), 1],
    // CNIL: keeping a decision 6 months is the recommended practice; 13 months is the maximum
    // lifetime of a cookie (délibération 2020-091 art. 5; recommandation 2020-092 §50).
    retentionMonths: [(v) => Number.isInteger(v) && v > 0 && v < 14, 6],
    language: [(v) => isString(v) && /^[a-z]{2}$/i.test(v), fallbackLanguage],
    reloadOnWithdraw: [BOOL],
    respectGPC: [BOOL],
    // On by default when a Google vendor is listed (Consent Mode v2 is required to use them in the EEA).
    googleConsentMode: [(v) => BOOL.includes(v) || isObject(v), vendors.some((v) => GOOGLE_VENDORS.includes(v.id))],
    'googleConsentMode.mode': [['basic', 'advanced']],
    'googleConsentMode.waitForUpdate': [(v) => Number.isInteger(v) && v >= 0, 500],
    consentLog: [(v) => isObject(v) && isString(v.endpoint)],
    cookie: OBJECT,
    'cookie.name': [(v) => isString(v) && /^[\w!#$&'*+.^`|~-]+$/.test(v), 'tamis_consent'],
    'cookie.domain': [isString],
    texts: OBJECT,
    ui: OBJECT,
    'ui.layout': [['bar', 'box', 'center']],
    'ui.theme': [['auto', 'light', 'dark']],
    'ui.preferencesLink': [[false, true, 'left', 'right']],
    'ui.continueWithoutAccepting': [[false, true]],
    'ui.url': [isString],
    'ui.load': [(v) => typeof v == 'function'],
  };
  const config: Input = { ...c, vendors };
  for (const path in schema) {
    const [check, fallback = (check as unknown[])[0]] = schema[path];
    const [section, key = section] = path.split('.');
    const out = key == section ? config : config[section];
    if (!out) continue;
    let value = out[key];
    if (value !== undefined && !(Array.isArray(check) ? check.includes(value) : check(value))) value = report(path, value);
    value ??= fallback;
    // A copy, so the site's object is never changed; Consent Mode `true` means its defaults.
    out[key] = isObject(value) ? { ...value } : path == 'googleConsentMode' && value ? {} : value;
  }
  const { texts } = config;
  config.language = config.language.toLowerCase();
  // A flat map of strings applies to every language: it is kept under '*'.
  if (Object.values(texts).every(isString)) config.texts = { '*': texts };
  return config as ResolvedConfig;
}
