import type { Texts } from '../../src/types.js';

/**
 * Every language other than English, each a module of its own fetched only on pages that need it.
 * The browser builds do not read this list: `languagesFromFolder()` (scripts/rollup-languages.mjs)
 * writes it from the files in this folder, so a language added there is loaded without being
 * listed here. Tests and type checks read it as written.
 */
export const languages: Record<string, () => Promise<{ default: Texts }>> = {
  fr: () => import('./fr.js'),
  de: () => import('./de.js'),
  es: () => import('./es.js'),
  it: () => import('./it.js'),
  nl: () => import('./nl.js'),
};
