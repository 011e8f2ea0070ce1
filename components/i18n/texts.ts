import type { ResolvedConfig, Texts } from '../../src/types.js';
import en from './en.js';
import { sha256Hex } from '../hash.js';
import { reportMissingFile } from '../../src/missing-file.js';

/** Looks up a text by key and fills `{placeholders}`. */
export interface Translator {
  (key: string, values?: Record<string, string | number>): string;
  /** Language of the texts (`fr`, `nb`): the host's `lang`. */
  lang: string;
  /** Writing direction of the language: the host's `dir`. */
  dir: 'ltr' | 'rtl';
  /** SHA-256 (hex) of every text in use, for the consent receipt. */
  hash: Promise<string | undefined>;
  /** The JSON text that `hash` hashes: what a receipt collector keeps as proof of what was shown. */
  json: string;
}

/**
 * Languages other than English are separate modules, fetched only on pages that need them, so
 * dist/tamis-ui.js stays within its budget (rollup splits each into dist/chunks/).
 */
const loaders: Record<string, () => Promise<{ default: Texts }>> = {
  ar: () => import('./ar.js'),
  bg: () => import('./bg.js'),
  ca: () => import('./ca.js'),
  cs: () => import('./cs.js'),
  da: () => import('./da.js'),
  de: () => import('./de.js'),
  el: () => import('./el.js'),
  es: () => import('./es.js'),
  et: () => import('./et.js'),
  fi: () => import('./fi.js'),
  fr: () => import('./fr.js'),
  ga: () => import('./ga.js'),
  he: () => import('./he.js'),
  hr: () => import('./hr.js'),
  hu: () => import('./hu.js'),
  it: () => import('./it.js'),
  lt: () => import('./lt.js'),
  lv: () => import('./lv.js'),
  mt: () => import('./mt.js'),
  nb: () => import('./nb.js'),
  nl: () => import('./nl.js'),
  pl: () => import('./pl.js'),
  pt: () => import('./pt.js'),
  ro: () => import('./ro.js'),
  sk: () => import('./sk.js'),
  sl: () => import('./sl.js'),
  sv: () => import('./sv.js'),
};

/**
 * The languages loaded, and those whose chunk failed to load (shown in English for the rest of the
 * page's life), kept once per page rather than once per copy of this module: dist/tamis-banner.js,
 * dist/tamis-placeholder.js and dist/tamis-ui.js each bundle one, with chunks of their own for the
 * same texts. Without it, "Customize" on a French banner fetched the French texts a second time
 * (chunks/banner-fr.js, then chunks/fr-<hash>.js) before the dialog could show.
 */
const [cache, failed] = ((globalThis as { [key: symbol]: SharedTexts })[Symbol.for('tamis.texts')] ??= [new Map([['en', en]]), new Set()]);
type SharedTexts = [cache: Map<string, Promise<Texts> | Texts>, failed: Set<string>];

/** Languages written right to left, of those tamis has or a site may add through `texts`. */
const RTL = ['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb'];

/**
 * The language whose texts are shown, from the runtime's resolved language (a tag: `pt-BR` → `pt`):
 * one tamis has, or one the site gives texts for, else English.
 */
export const languageOf = (language: string | undefined, overrides?: ResolvedConfig['texts']): string => {
  // The runtime's rule (src/language.ts, baseLanguage), restated: components import no runtime code.
  // Without the deferred module (a returning visitor's placeholder) `config.language` is as given:
  // then the page's language, as the deferred module would choose first.
  const lang = (language || document.documentElement.lang || '').split(/[-_]/)[0].toLowerCase().replace(/^n[on]$/, 'nb');
  return lang in loaders || (lang != '*' && overrides?.[lang]) ? lang : 'en';
};

function translator(lang: string, dictionary: Texts, overrides: ResolvedConfig['texts'] | undefined): Translator {
  // Overrides may be flat (every language) or per language; per language wins.
  const flat = Object.fromEntries(Object.entries(overrides ?? {}).filter(([, value]) => typeof value === 'string'));
  const texts: Texts = { ...en, ...dictionary, ...flat, ...overrides?.['*'], ...overrides?.[lang] };
  const t = ((key, values) =>
    (texts[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => String(values?.[name] ?? whole))) as Translator;
  t.lang = lang;
  t.dir = RTL.includes(lang) ? 'rtl' : 'ltr';
  t.json = JSON.stringify(texts);
  t.hash = sha256Hex(t.json);
  return t;
}

/**
 * The texts for the runtime's language with the site's overrides applied. Synchronous when the
 * language is already loaded (always for English), so elements render in their first update.
 */
export function loadTexts(config: Pick<ResolvedConfig, 'language' | 'texts'>): Translator | Promise<Translator> {
  let lang = languageOf(config.language, config.texts);
  let dictionary = cache.get(lang);
  if (!dictionary && !loaders[lang]) dictionary = en; // a language the site's `texts` adds, on English
  if (!dictionary) {
    dictionary = loaders[lang]().then(
      (module) => module.default,
      (error) => {
        // A chunk that fails to load must not leave the visitor without a banner: English, whole
        // (its list joiner, `lang` and direction too, not English words in a French frame).
        reportMissingFile(error, `the ${lang} texts`);
        failed.add(lang);
        return en;
      },
    );
    cache.set(lang, dictionary);
  }
  if (dictionary instanceof Promise)
    return dictionary.then((loaded) => {
      cache.set(lang, loaded);
      if (failed.has(lang)) lang = 'en';
      return translator(lang, loaded, config.texts);
    });
  if (failed.has(lang)) lang = 'en';
  return translator(lang, dictionary, config.texts);
}
