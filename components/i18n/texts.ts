import type { ResolvedConfig, Texts } from '../../src/types.js';
import en from './en.js';
import { sha256Hex } from '../hash.js';

/** Looks up a text by key and fills `{placeholders}`. */
export interface Translator {
  (key: string, values?: Record<string, string | number>): string;
  /** Two-letter language of the texts. */
  lang: string;
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
  fr: () => import('./fr.js'),
  de: () => import('./de.js'),
  es: () => import('./es.js'),
  it: () => import('./it.js'),
  nl: () => import('./nl.js'),
};

const cache = new Map<string, Promise<Texts> | Texts>([['en', en]]);

/** Two-letter language tamis has texts for, from the runtime's resolved language. */
export const languageOf = (language: string | undefined): string => {
  const lang = (language ?? '').slice(0, 2).toLowerCase();
  return lang in loaders ? lang : 'en';
};

function translator(lang: string, dictionary: Texts, overrides: ResolvedConfig['texts'] | undefined): Translator {
  // Overrides may be flat (every language) or per language; per language wins.
  const flat = Object.fromEntries(Object.entries(overrides ?? {}).filter(([, value]) => typeof value === 'string'));
  const texts: Texts = { ...en, ...dictionary, ...flat, ...overrides?.['*'], ...overrides?.[lang] };
  const t = ((key, values) =>
    (texts[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => String(values?.[name] ?? whole))) as Translator;
  t.lang = lang;
  t.json = JSON.stringify(texts);
  t.hash = sha256Hex(t.json);
  return t;
}

/**
 * The texts for the runtime's language with the site's overrides applied. Synchronous when the
 * language is already loaded (always for English), so elements render in their first update.
 */
export function loadTexts(config: Pick<ResolvedConfig, 'language' | 'texts'>): Translator | Promise<Translator> {
  const lang = languageOf(config.language);
  let dictionary = cache.get(lang);
  if (!dictionary) {
    dictionary = loaders[lang]().then(
      (module) => module.default,
      () => en, // a chunk that fails to load must not leave the visitor without a banner
    );
    cache.set(lang, dictionary);
  }
  if (dictionary instanceof Promise)
    return dictionary.then((loaded) => {
      cache.set(lang, loaded);
      return translator(lang, loaded, config.texts);
    });
  return translator(lang, dictionary, config.texts);
}
