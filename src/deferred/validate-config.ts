import type { ResolvedConfig, TamisConfig, VendorDefinition } from '../types.js';
import { resolveConfig } from '../config.js';

const BOOL = 'true or false';
const OBJECT = 'an object';
const URL = 'a URL';

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
  policyUrl: URL,
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

const show = (value: unknown) => (typeof value == 'function' ? 'a function' : (JSON.stringify(value) ?? String(value)));

/**
 * Resolves a configuration as the runtime does, and logs one clear `console.error` for each
 * invalid key (what was expected, what was given) and each unknown key. Runs when the deferred
 * module loads: when the banner shows or a decision is made.
 * @returns the resolved configuration (the same as the runtime's).
 */
export function validateConfig(input: TamisConfig | undefined, catalog: VendorDefinition[], fallbackLanguages?: readonly string[]): ResolvedConfig {
  // A misspelt key (`retentionMonth`) would silently keep the default: say so.
  if (input && typeof input == 'object' && !Array.isArray(input))
    for (const key in input) if (!Object.hasOwn(EXPECTED, key) || /\W/.test(key)) console.error(`tamis: config.${key} is not a known option`);
  return resolveConfig(input, catalog, fallbackLanguages, (key, got) =>
    console.error(`tamis: config${key && '.' + key} must be ${EXPECTED[key.replace(/\[\d+\]/, '[]')]}, got ${show(got)}`),
  );
}
