import type { ResolvedConfig, TamisConfig, Texts, VendorDefinition } from './types.js';
import { isPurpose } from './purposes.js';

/** Google vendors that Google Consent Mode drives (and that `advanced` mode lets load at once). */
export const GOOGLE_VENDORS = ['google-analytics', 'google-ads', 'google-tag-manager'];

/**
 * Told about each invalid value: its key (`retentionMonths`, `cookie.name`, `vendors[2]`, `''` for
 * the whole config) and the value. The `<head>` runtime passes none (it stays silent and small);
 * `validateConfig` in the deferred module logs the clear messages.
 */
export type Report = (key: string, got: unknown) => void;

type Input = Record<string, unknown>;
/** A `typeof` name, the list of allowed values, or a predicate. */
type Check = string | unknown[] | ((value: any) => boolean); // eslint-disable-line @typescript-eslint/no-explicit-any
type Rule = [check: Check, fallback?: unknown];

const isObject = (value: unknown): value is Input => !!value && typeof value == 'object' && !Array.isArray(value);
const isString = (v: unknown) => typeof v == 'string';
const passes = (check: Check, v: unknown) =>
  isString(check) ? typeof v == check : Array.isArray(check) ? check.includes(v) : (check as (v: unknown) => boolean)(v);

/** A custom vendor needs every field the UI and the blocker read. */
const isDefinition = (v: Input): v is Input & VendorDefinition =>
  ['id', 'name', 'company', 'policyUrl'].every((k) => isString(v[k])) && isPurpose(v.purpose) && Array.isArray(v.urls) && Array.isArray(v.cookies);

/** Resolves `config.vendors`: catalog ids, `{ id, purpose }` overrides, custom definitions. */
function resolveVendors(list: unknown, catalog: VendorDefinition[], report: Report): VendorDefinition[] {
  const out: VendorDefinition[] = [];
  if (list !== undefined && !Array.isArray(list)) report('vendors', list);
  else list?.forEach((item: unknown, i) => {
    const key = `vendors[${i}]`;
    const id = isObject(item) ? item.id : item;
    const known = catalog.find((v) => v.id === id);
    let vendor: VendorDefinition | undefined;
    if (isObject(item) && isDefinition(item)) vendor = item;
    else if (!known) report(key, id);
    else if (!isObject(item)) vendor = known;
    else if (item.purpose === undefined || isPurpose(item.purpose)) vendor = { ...known, ...item } as VendorDefinition;
    else report(`${key}.purpose`, item.purpose);
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
    policyUrl: ['string', ''],
    revision: [(v) => isString(v) || Number.isFinite(v), 1],
    // CNIL: keeping a decision 6 months is the recommended practice; 13 months is the maximum
    // lifetime of a cookie (délibération 2020-091 art. 5; recommandation 2020-092 §50).
    retentionMonths: [(v) => Number.isInteger(v) && v > 0 && v < 14, 6],
    language: [(v) => isString(v) && /^[a-z]{2}$/i.test(v), fallbackLanguage],
    reloadOnWithdraw: ['boolean', true],
    respectGPC: ['boolean', true],
    // On by default when a Google vendor is listed (Consent Mode v2 is required to use them in the EEA).
    googleConsentMode: [(v) => typeof v == 'boolean' || isObject(v), vendors.some((v) => GOOGLE_VENDORS.includes(v.id))],
    'googleConsentMode.mode': [['basic', 'advanced'], 'basic'],
    'googleConsentMode.waitForUpdate': [(v) => Number.isInteger(v) && v >= 0, 500],
    consentLog: [(v) => isObject(v) && isString(v.endpoint)],
    cookie: [isObject, {}],
    'cookie.name': [(v) => isString(v) && /^[\w!#$&'*+.^`|~-]+$/.test(v), 'tamis_consent'],
    'cookie.domain': ['string'],
    texts: [isObject, {}],
    ui: [isObject, {}],
    'ui.layout': [['bar', 'box', 'center'], 'bar'],
    'ui.theme': [['auto', 'light', 'dark'], 'auto'],
    'ui.preferencesLink': [[true, false, 'left', 'right'], false],
    'ui.continueWithoutAccepting': ['boolean', false],
    'ui.url': ['string'],
    'ui.load': ['function'],
  };
  const config: Input = { ...c, vendors };
  for (const path in schema) {
    const [check, fallback] = schema[path];
    const [section, key] = path.split('.');
    const out = (key ? config[section] : config) as Input;
    const name = key ?? section;
    if (!out) continue;
    let value = out[name];
    if (value !== undefined && !passes(check, value)) report(path, value);
    if (value === undefined || !passes(check, value)) value = fallback;
    // A copy, so the site's object is never changed; Consent Mode `true` means its defaults.
    out[name] = isObject(value) ? { ...value } : path == 'googleConsentMode' && value ? {} : value;
  }
  const texts = config.texts as Texts;
  config.language = (config.language as string).toLowerCase();
  // A flat map of strings applies to every language: it is kept under '*'.
  if (Object.values(texts).every(isString)) config.texts = { '*': texts };
  return config as unknown as ResolvedConfig;
}