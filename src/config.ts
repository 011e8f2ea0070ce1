import type { ResolvedConfig, TamisConfig, VendorDefinition } from './types.js';
import { isPurpose } from './purposes.js';
import { apply, BOOL, invalid, isObject, isString, OBJECT, type Input, type Report } from './config-schema.js';
import { resolveDeferredConfig } from './config-deferred.js';

export { isSafeUrl, type Report } from './config-schema.js';
export { resolveDeferredConfig } from './config-deferred.js';

/** Google vendors that Google Consent Mode drives (and that `advanced` mode lets load at once). */
export const GOOGLE_VENDORS = ['google-analytics', 'google-ads', 'google-tag-manager'];
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
 * Resolves the whole config, as `<head>` then the deferred module do.
 * @param fallbackLanguages `<html lang>`, then the browser's languages (see {@link resolveDeferredConfig}).
 * @param report Told about each invalid value (see `validateConfig` for the messages).
 */
export const resolveConfig = (input: TamisConfig | undefined, catalog: VendorDefinition[], fallbackLanguages?: readonly string[], report?: Report) =>
  resolveDeferredConfig(resolveHeadConfig(input, catalog, report), fallbackLanguages, report);
