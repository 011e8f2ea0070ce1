import type { ResolvedConfig } from '../types.js';

/** Keys whose values the check below compares; their sections' keys after the colon. */
const SHAPE: Record<string, string[] | undefined> = Object.fromEntries(
  'vendors policyUrl revision retentionMonths language texts reloadOnWithdraw respectGPC unknownThirdParties allowedHosts consentLog:endpoint,headers cookie:name,domain googleConsentMode:mode,waitForUpdate,region,adsDataRedaction,urlPassthrough ui:layout,theme,preferencesLink,continueWithoutAccepting,url,load'
    .split(' ')
    .map((k) => k.split(':'))
    .map(([k, keys]) => [k, keys?.split(',')]),
);

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v == 'object' && !Array.isArray(v);

/**
 * Whether the config messages (validate-config.ts, a chunk of 1.8 kB gzip) may have something to
 * say, so that a first visit with a sound config does not download them (issue 13). Conservative:
 * `true` for anything it cannot vouch for, since a false `true` costs one download and a false
 * `false` would hide a mistake. `config` is the runtime's resolution of `input` (`<head>`'s keys;
 * the deferred keys' own checks report through the resolver). It vouches only for known keys whose
 * value resolved to itself (an invalid value falls back to its default), catalog vendors given by
 * id or `{ id, purpose }` that resolved, and a set `policyUrl` (without one, validateConfig warns).
 */
export function configNews(input: unknown, config: ResolvedConfig): boolean {
  if (!isObject(input) || !input.policyUrl) return true;
  const resolved = config as unknown as Record<string, unknown>;
  const ids = config.vendors.map((v) => v.id);
  return Object.entries(input).some(([key, value]) => {
    const keys = SHAPE[key];
    if (!(key in SHAPE)) return true;
    // `texts` is free-form (the UI checks it); `language` is chosen among those tamis has, and its
    // own check reports through the resolver (the caller's `report`).
    if (key == 'texts' || key == 'language') return false;
    if (key == 'vendors')
      return !Array.isArray(value) || value.some((v) =>
        isObject(v) ? Object.keys(v).some((k) => k != 'id' && k != 'purpose') || !ids.includes(v.id as string) : !ids.includes(v as string));
    const out = resolved[key];
    if (keys && isObject(value)) return !isObject(out) || Object.entries(value).some(([k, v]) => !keys.includes(k) || (k != 'headers' && v !== out[k]));
    // `googleConsentMode: true` resolves to its defaults, an object.
    return value !== out && !(value === true && isObject(out));
  });
}
