import type { ResolvedConfig, TamisConfig, VendorDefinition } from '../types.js';
import { isSafeUrl, resolveConfig } from '../config.js';

const BOOL = 'true or false';
const OBJECT = 'an object';
const URL = 'a URL';
const LINK = 'an http(s) or relative URL';

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
  language: 'a language tag ("fr", "pt-BR")',
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

/**
 * Every key tamis knows, as a path (`ui.layout`, `vendors[].cookies[].name`): those of
 * {@link EXPECTED} and those that need no message of their own. A key whose path is not here is
 * reported as unknown, by its full path (`ui.layot`, `vendors[2].polcyUrl`).
 */
const KNOWN = new Set([
  ...Object.keys(EXPECTED),
  ...'id name company urls cookies storage description cookies[].name cookies[].lifetime cookies[].description cookies[].thirdParty'
    .split(' ').map((k) => 'vendors[].' + k),
  ...'googleConsentMode.region googleConsentMode.adsDataRedaction googleConsentMode.urlPassthrough consentLog.endpoint consentLog.headers'.split(' '),
]);
/** Free-form maps: text keys by language (checked by the UI), HTTP headers. */
const FREE = ['texts', 'consentLog.headers'];

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v == 'object' && !Array.isArray(v);

/** Reports every key of `value` whose path KNOWN lacks; `path` has `[]` where `at` has indices. */
function unknownKeys(value: unknown, path: string, at: string): void {
  if (Array.isArray(value)) return value.forEach((item, i) => unknownKeys(item, path + '[]', `${at}[${i}]`));
  if (!isObject(value) || FREE.includes(path)) return;
  for (const key in value) {
    const [p, a] = [path, at].map((x) => (x ? x + '.' : '') + key);
    if (!KNOWN.has(p)) console.error(`tamis: config.${a} is not a known option`);
    // Only into sections: a leaf given an object (`revision: {}`) is the resolver's to report.
    else if ([...KNOWN].some((k) => k.startsWith(p + '.') || k.startsWith(p + '[]'))) unknownKeys(value[key], p, a);
  }
}

const show = (value: unknown) => (typeof value == 'function' ? 'a function' : (JSON.stringify(value) ?? String(value)));

/**
 * Resolves a configuration as the runtime does, and logs one clear `console.error` for each
 * invalid key (what was expected, what was given) and each unknown key. Runs when the deferred
 * module loads: when the banner shows or a decision is made.
 * @returns the resolved configuration (the same as the runtime's).
 */
export function validateConfig(input: TamisConfig | undefined, catalog: VendorDefinition[], fallbackLanguages?: readonly string[]): ResolvedConfig {
  const report = (key: string, got: unknown) =>
    console.error(`tamis: config${key && '.' + key} must be ${EXPECTED[key.replace(/\[\d+\]/, '[]')]}, got ${show(got)}`);
  // A misspelt key (`retentionMonth`, `ui.layot`) would silently keep the default: say so.
  unknownKeys(input, '', '');
  if (isObject(input) && Array.isArray(input.vendors))
    input.vendors.forEach((v: unknown, i) => {
      if (isObject(v) && v.policyUrl !== undefined && !isSafeUrl(v.policyUrl)) report(`vendors[${i}].policyUrl`, v.policyUrl);
    });
  const config = resolveConfig(input, catalog, fallbackLanguages, report);
  // The banner must link to the privacy policy (GDPR art. 13; CNIL guidelines 2020-091 §2). Once
  // per page: the deferred module validates once, when it loads.
  if (!(isObject(input) && input.policyUrl)) {
    console.warn('tamis: config.policyUrl is not set: the banner links to no privacy policy');
  }
  return config;
}
