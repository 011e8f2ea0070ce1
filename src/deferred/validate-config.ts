import type { ResolvedConfig, TamisConfig, VendorDefinition } from '../types.js';
import { isSafeUrl, resolveConfig } from '../config.js';

const BOOL = 'true or false';
const OBJECT = 'an object';
const URL = 'a URL';
const LINK = 'an http:, https: or relative URL (it is rendered as a link)';

/**
 * What each key expects, as the error message says it. Every top-level key is here, so a key
 * missing from this table is unknown. These messages live in the deferred module: `<head>` only
 * falls back to the defaults, silently.
 */
const EXPECTED: Record<string, string> = {
  '': OBJECT,
  vendors: 'an array of vendor ids or definitions',
  'vendors[]': 'a catalog vendor id or a full definition (id, name, company, purpose, policyUrl, urls, cookies)',
  'vendors[].purpose': 'a purpose id',
  policyUrl: LINK,
  'vendors[].policyUrl': LINK,
  revision: 'a number or a string',
  retentionMonths: 'a whole number from 1 to 13 (CNIL)',
  cookie: OBJECT,
  'cookie.name': 'a cookie name (RFC 6265 token)',
  'cookie.domain': 'a domain name',
  language: 'a two-letter language code',
  texts: OBJECT,
  reloadOnWithdraw: BOOL,
  respectGPC: BOOL,
  googleConsentMode: 'true, false or an object',
  'googleConsentMode.mode': '"basic" or "advanced"',
  'googleConsentMode.waitForUpdate': 'a number of milliseconds',
  consentLog: 'an object with an endpoint URL',
  ui: OBJECT,
  'ui.layout': '"bar", "box" or "center"',
  'ui.theme': '"auto", "light" or "dark"',
  'ui.preferencesLink': 'true, false, "left" or "right"',
  'ui.continueWithoutAccepting': BOOL,
  'ui.url': URL,
  'ui.load': 'a function returning a promise',
  unknownThirdParties: '"allow", "warn" or "block"',
  allowedHosts: 'an array of host names',
};

/** Keys of a section (nested objects) or of an entry of a list. */
type Known = { [key: string]: Known | true };

/** The fields of a custom vendor definition, and of one of its cookies. */
const VENDOR: Known = {
  id: true, name: true, company: true, purpose: true, policyUrl: true, urls: true, storage: true, description: true,
  cookies: { name: true, lifetime: true, description: true, thirdParty: true },
};

/**
 * Every key tamis knows, nested: a key missing here is reported as unknown, by its full path
 * (`ui.layot`, `vendors[2].polcyUrl`). `texts` is free-form (language codes, text keys checked by the UI).
 */
const KNOWN: Known = {
  vendors: VENDOR, policyUrl: true, revision: true, retentionMonths: true, language: true, texts: true,
  reloadOnWithdraw: true, respectGPC: true, unknownThirdParties: true, allowedHosts: true,
  cookie: { name: true, domain: true },
  googleConsentMode: { mode: true, waitForUpdate: true, region: true, adsDataRedaction: true, urlPassthrough: true },
  consentLog: { endpoint: true, headers: true },
  ui: { layout: true, theme: true, preferencesLink: true, continueWithoutAccepting: true, url: true, load: true },
};

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v == 'object' && !Array.isArray(v) && !(v instanceof RegExp);

/** Reports every key of `value` that `known` does not list, walking sections and lists. */
function unknownKeys(value: unknown, known: Known, path: string): void {
  if (Array.isArray(value)) return value.forEach((item, i) => unknownKeys(item, known, `${path}[${i}]`));
  if (!isObject(value)) return;
  // A `{ id, purpose }` override has only those two keys; more makes it a definition.
  for (const key in value) {
    const inner = known[key];
    const at = path ? `${path}.${key}` : key;
    if (!inner || !Object.hasOwn(known, key)) console.error(`tamis: config.${at} is not a known option`);
    else if (inner !== true) unknownKeys(value[key], inner, at);
  }
}


const show = (value: unknown) => (typeof value == 'function' ? 'a function' : (JSON.stringify(value) ?? String(value)));

/**
 * Resolves a configuration as the runtime does, and logs one clear `console.error` for each
 * invalid key (what was expected, what was given) and each unknown key. Runs when the deferred
 * module loads: when the banner shows or a decision is made.
 * @returns the resolved configuration (the same as the runtime's).
 */
export function validateConfig(input: TamisConfig | undefined, catalog: VendorDefinition[], fallbackLanguage?: string): ResolvedConfig {
  const report = (key: string, got: unknown) =>
    console.error(`tamis: config${key && '.' + key} must be ${EXPECTED[key.replace(/\[\d+\]/, '[]')]}, got ${show(got)}`);
  // A misspelt key (`retentionMonth`, `ui.layot`) would silently keep the default: say so.
  unknownKeys(input, KNOWN, '');
  if (isObject(input) && Array.isArray(input.vendors))
    input.vendors.forEach((v: unknown, i) => {
      if (isObject(v) && v.policyUrl !== undefined && !isSafeUrl(v.policyUrl)) report(`vendors[${i}].policyUrl`, v.policyUrl);
    });
  const config = resolveConfig(input, catalog, fallbackLanguage, report);
  // The banner must link to the privacy policy (GDPR art. 13; CNIL guidelines 2020-091 §2). Once
  // per page: the deferred module validates once, when it loads.
  if (!(isObject(input) && input.policyUrl)) {
    console.warn('tamis: config.policyUrl is not set: the banner links to no privacy policy. Set it to the URL of your privacy policy page, e.g. policyUrl: \'/privacy\'');
  }
  return config;
}
