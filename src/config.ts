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
type Rule = [ok: (value: unknown) => boolean, fallback?: unknown];

const isObject = (value: unknown): value is Input => !!value && typeof value == 'object' && !Array.isArray(value);
const isBool = (v: unknown) => typeof v == 'boolean';
const isString = (v: unknown) => typeof v == 'string';
const oneOf = (values: unknown[], fallback: unknown): Rule => [(v) => values.includes(v), fallback];
const BOOL = (fallback: boolean): Rule => [isBool, fallback];
const OBJECT: Rule = [isObject, {}];

/**
 * Copies `input` (an object, else `{}`) and checks each key of `schema`: a valid value is kept, an
 * absent one takes the default silently, an invalid one is reported and takes the default.
 */
function section(input: unknown, schema: Record<string, Rule>, prefix: string, report: Report): Input {
  const out: Input = { ...(input as Input) };
  for (const key in schema) {
    const [ok, fallback] = schema[key];
    if (out[key] === undefined || !ok(out[key])) {
      if (out[key] !== undefined) report(prefix + key, out[key]);
      out[key] = fallback;
    }
  }
  return out;
}

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
  const config = section(c, {
    policyUrl: [isString, ''],
    revision: [(v) => isString(v) || Number.isFinite(v), 1],
    // CNIL: keeping a decision 6 months is the recommended practice; 13 months is the maximum
    // lifetime of a cookie (délibération 2020-091 art. 5; recommandation 2020-092 §50).
    retentionMonths: [(v) => Number.isInteger(v) && (v as number) > 0 && (v as number) < 14, 6],
    language: [(v) => isString(v) && /^[a-z]{2}$/i.test(v as string), fallbackLanguage],
    reloadOnWithdraw: BOOL(true),
    respectGPC: BOOL(true),
    // On by default when a Google vendor is listed (Consent Mode v2 is required to use them in the EEA).
    googleConsentMode: [(v) => isBool(v) || isObject(v), vendors.some((v) => GOOGLE_VENDORS.includes(v.id))],
    consentLog: [(v) => isObject(v) && isString(v.endpoint)],
    cookie: OBJECT,
    texts: OBJECT,
    ui: OBJECT,
  }, '', report);
  const gcm = config.googleConsentMode;
  const texts = config.texts as Texts;
  return {
    ...config,
    vendors,
    language: (config.language as string).toLowerCase(),
    cookie: section(config.cookie, {
      name: [(v) => isString(v) && /^[\w!#$&'*+.^`|~-]+$/.test(v as string), 'tamis_consent'],
      domain: [isString],
    }, 'cookie.', report),
    // A flat map of strings applies to every language: it is kept under '*'.
    texts: Object.values(texts).every(isString) ? { '*': texts } : texts,
    googleConsentMode: !!gcm && section(gcm, {
      mode: oneOf(['basic', 'advanced'], 'basic'),
      waitForUpdate: [(v) => Number.isInteger(v) && (v as number) >= 0, 500],
    }, 'googleConsentMode.', report),
    ui: section(config.ui, {
      layout: oneOf(['bar', 'box', 'center'], 'bar'),
      theme: oneOf(['auto', 'light', 'dark'], 'auto'),
      preferencesLink: oneOf([true, false, 'left', 'right'], false),
      continueWithoutAccepting: BOOL(false),
      url: [isString],
      load: [(v) => typeof v == 'function'],
    }, 'ui.', report),
  } as unknown as ResolvedConfig;
}
