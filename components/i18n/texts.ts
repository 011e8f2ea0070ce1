import type { ResolvedConfig, Texts } from '../../src/types.js';
import en from './en.js';
import { languages } from './languages.js';
import { sha256Hex } from '../hash.js';

/** Looks up a text by key and fills `{placeholders}`. */
export interface Translator {
  (key: string, values?: Record<string, string | number>): string;
  /** Two-letter language of the texts. */
  lang: string;
  /** SHA-256 (hex) of every text in use, for the consent receipt. */
  hash: Promise<string | undefined>;
}

/** English is bundled; a language that failed to load is remembered as English. */
const cache = new Map<string, Promise<string> | string>([['en', 'en']]);
const dictionaries: Record<string, Texts> = { en };

/**
 * Two-letter language tamis has texts for: the configured language (resolved by the deferred
 * module; as given when tamis.js loads the placeholder on its own), else the page's, else English.
 */
export const languageOf = (language: string | undefined): string => {
  const lang = (language || document.documentElement.lang || navigator.language || '').slice(0, 2).toLowerCase();
  return Object.hasOwn(languages, lang) ? lang : 'en';
};

/**
 * A language chunk that does not load (a partial copy of dist/, a deploy in progress) leaves the
 * visitor with English texts, and the site owner with one message saying what to copy.
 */
function missing(lang: string, error: unknown): string {
  const file = String((error as Error)?.message ?? error).match(/[\w.:/-]+\.js/)?.[0] ?? `the ${lang} texts`;
  console.error(
    `tamis: ${file} did not load: English texts are shown. Copy the whole dist/ folder (chunks/ included), as it is, next to tamis.js.`,
  );
  return 'en';
}

function translator(lang: string, overrides: ResolvedConfig['texts'] | undefined): Translator {
  // Overrides may be flat (every language) or per language; per language wins.
  const flat = Object.fromEntries(Object.entries(overrides ?? {}).filter(([, value]) => typeof value == 'string'));
  const texts: Texts = { ...en, ...dictionaries[lang], ...flat, ...overrides?.['*'], ...overrides?.[lang] };
  const t = ((key, values) =>
    (texts[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => String(values?.[name] ?? whole))) as Translator;
  t.lang = lang;
  t.hash = sha256Hex(JSON.stringify(texts));
  return t;
}

/**
 * The texts for the runtime's language with the site's overrides applied. Synchronous when the
 * language is already loaded (always for English), so elements render in their first update.
 */
export function loadTexts(config: Pick<ResolvedConfig, 'language' | 'texts'>): Translator | Promise<Translator> {
  const wanted = languageOf(config.language);
  let lang = cache.get(wanted);
  if (!lang) {
    lang = languages[wanted]().then(
      (module) => ((dictionaries[wanted] = module.default), wanted),
      (error) => missing(wanted, error),
    );
    cache.set(wanted, lang);
    void lang.then((loaded) => cache.set(wanted, loaded));
  }
  return typeof lang == 'string' ? translator(lang, config.texts) : lang.then((loaded) => translator(loaded, config.texts));
}
