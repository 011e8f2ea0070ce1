import type { ResolvedConfig } from './types.js';
import { apply, BOOL, isObject, isSafeUrl, isString, OBJECT, type Input, type Report } from './config-schema.js';
import { chooseLanguage } from './language.js';

/**
 * Resolves, in place, the keys only the UI and the deferred module read (texts, language, layout…),
 * on a config `resolveHeadConfig` (config.ts) returned. The deferred module runs it before it inserts any
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

