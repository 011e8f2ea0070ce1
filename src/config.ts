import type { ResolvedConfig, TamisConfig, VendorDefinition } from './types.js';
import { isPurpose } from './purposes.js';
import { HEAD_BUNDLE } from './build-flags.js';
import { chooseLanguage } from './language.js';

/** Google vendors that Google Consent Mode drives (and that `advanced` mode lets load at once). */
export const GOOGLE_VENDORS = ['google-analytics', 'google-ads', 'google-tag-manager'];

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
const invalid = (report: Report, key: () => string, got: unknown): undefined => void (HEAD_BUNDLE || report(key(), got));

type Input = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
/** A predicate, or the list of allowed values; the fallback defaults to the first of the list. */
type Rule = [check: ((value: any) => unknown) | unknown[], fallback?: unknown]; // eslint-disable-line @typescript-eslint/no-explicit-any

const isObject = (value: unknown): value is Input => !!value && typeof value == 'object' && !Array.isArray(value);
const isString = (v: unknown): v is string => typeof v == 'string';
const BOOL = [true, false];
const OBJECT: Rule = [isObject, {}];

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

/** A custom vendor needs every field the UI and the blocker read. */
const isDefinition = (v: Input): v is VendorDefinition =>
  ['id', 'name', 'company', 'policyUrl'].every((k) => isString(v[k])) && isPurpose(v.purpose) && [v.urls, v.cookies].every(Array.isArray);

/** Resolves `config.vendors`: catalog ids, `{ id, purpose }` overrides, custom definitions. */
function resolveVendors(list: unknown, catalog: VendorDefinition[], report: Report): VendorDefinition[] {
  const out: VendorDefinition[] = [];
  if (!Array.isArray(list)) {
    if (list !== undefined) invalid(report, () => 'vendors', list);
  } else list.forEach((item: unknown, i) => {
    const object = isObject(item);
    const id = object ? item.id : item;
    const known = catalog.find((v) => v.id === id);
    const vendor: VendorDefinition | void =
      object && isDefinition(item) ? item
      : !known ? invalid(report, () => `vendors[${i}]`, id)
      : !object ? known
      : item.purpose === undefined || isPurpose(item.purpose) ? { ...known, ...item }
      : invalid(report, () => `vendors[${i}].purpose`, item.purpose);
    if (vendor && !out.some((v) => v.id === vendor.id)) out.push(vendor);
  });
  return out;
}

/**
 * Applies a flat schema in order: a section ('ui') comes before its keys ('ui.layout'), which apply
 * only when the section resolved to an object (`googleConsentMode: true` means the defaults).
 * Changes `config` in place; the site's own objects are copied, never changed.
 */
function apply(config: Input, schema: Record<string, Rule>, report: Report) {
  for (const path in schema) {
    const [check, fallback = (check as unknown[])[0]] = schema[path];
    const [section, key = section] = path.split('.');
    const out = key == section ? config : config[section];
    if (!out) continue;
    let value = out[key];
    if (value !== undefined && !(Array.isArray(check) ? check.includes(value) : check(value))) value = invalid(report, () => path, value);
    value ??= fallback;
    out[key] = isObject(value) ? { ...value } : path == 'googleConsentMode' && value ? {} : value;
  }
  return config;
}

/**
 * Resolves what `<head>` uses (vendors, record, Consent Mode, GPC);
 * the other keys stay as given until {@link resolveDeferredConfig}. Never throws: an invalid value
 * is reported and falls back to its default, so a typo never turns blocking off.
 * @param input `window.tamisConfig` or the argument of `init()`.
 * @param catalog The vendor catalog.
 * @param report Told about each invalid value (see `validateConfig` for the messages).
 */
export function resolveHeadConfig(input: TamisConfig | undefined, catalog: VendorDefinition[], report: Report = () => {}): ResolvedConfig {
  let c = (input ?? {}) as Input;
  if (!isObject(c)) {
    invalid(report, () => '', c);
    c = {};
  }
  const vendors = resolveVendors(c.vendors, catalog, report);
  return apply({ ...c, vendors }, {
    revision: [(v) => isString(v) || Number.isFinite(v), 1],
    // CNIL: keeping a decision 6 months is the recommended practice; 13 months is the maximum
    // lifetime of a cookie (délibération 2020-091 art. 5; recommandation 2020-092 §50).
    retentionMonths: [(v) => Number.isInteger(v) && v > 0 && v < 14, 6],
    respectGPC: [BOOL],
    // On by default when a Google vendor is listed (Consent Mode v2 is required to use them in the EEA).
    googleConsentMode: [(v) => BOOL.includes(v) || isObject(v), vendors.some((v) => GOOGLE_VENDORS.includes(v.id))],
    'googleConsentMode.mode': [['basic', 'advanced']],
    'googleConsentMode.waitForUpdate': [(v) => Number.isInteger(v) && v >= 0, 500],
    cookie: OBJECT,
    'cookie.name': [(v) => isString(v) && /^[\w!#$&'*+.^`|~-]+$/.test(v), 'tamis_consent'],
    ui: OBJECT,
    unknownThirdParties: [['warn', 'allow', 'block']],
    allowedHosts: [(v) => Array.isArray(v) && v.every(isString), []],
  }, report) as ResolvedConfig;
}

/**
 * Resolves, in place, the keys only the UI and the deferred module read (texts, language, layout…),
 * on a config {@link resolveHeadConfig} returned. The deferred module runs it before it inserts any
 * UI element.
 * @param fallbackLanguages `<html lang>`, then the browser's languages: tried in order when tamis has
 * no texts for `language` (or it is not set). Regional tags count as their base (`pt-BR` → `pt`).
 */
export function resolveDeferredConfig(config: ResolvedConfig, fallbackLanguages: readonly string[] = [], report: Report = () => {}): ResolvedConfig {
  apply(config, {
    // `<head>` reads the first four as given, only to fetch ahead of need (receipts waiting, the UI
    // bundle); what acts on them and on `cookie.domain` waits for this resolution.
    consentLog: [(v) => isObject(v) && isString(v.endpoint)],
    'ui.preferencesLink': [[false, true, 'left', 'right']],
    'ui.url': [isString],
    'ui.load': [(v) => typeof v == 'function'],
    'cookie.domain': [isString],
    policyUrl: [isSafeUrl, ''],
    // A BCP 47 tag (`fr`, `pt-BR`, `zh-Hant-TW`); chosen among the languages tamis has below.
    language: [(v) => isString(v) && /^[a-z]{2,3}(-[a-z\d]+)*$/i.test(v), ''],
    reloadOnWithdraw: [BOOL],
    texts: OBJECT,
    'ui.layout': [['bar', 'box', 'center']],
    'ui.theme': [['auto', 'light', 'dark']],
    'ui.continueWithoutAccepting': [[false, true]],
  }, report);
  // A custom vendor's policy link must be safe to render too: the vendor is kept (it must stay
  // blocked), as a copy without the link (validateConfig names it, by its index in the input).
  config.vendors.forEach((v, i) => {
    if (v.policyUrl && !isSafeUrl(v.policyUrl)) config.vendors[i] = { ...v, policyUrl: '' };
  });
  const { texts } = config;
  // A flat map of strings applies to every language: it is kept under '*'.
  if (Object.values(texts).every(isString)) (config as Input).texts = { '*': texts };
  // The language shown (and written in receipts): the configured one, else the page's, else the
  // browser's, each if tamis or the site's own `texts` has it; else English.
  config.language = chooseLanguage([config.language, ...fallbackLanguages], Object.keys(config.texts));
  return config;
}

/**
 * Resolves the whole config, as `<head>` then the deferred module do.
 * @param fallbackLanguages `<html lang>`, then the browser's languages (see {@link resolveDeferredConfig}).
 * @param report Told about each invalid value (see `validateConfig` for the messages).
 */
export const resolveConfig = (input: TamisConfig | undefined, catalog: VendorDefinition[], fallbackLanguages?: readonly string[], report?: Report) =>
  resolveDeferredConfig(resolveHeadConfig(input, catalog, report), fallbackLanguages, report);
