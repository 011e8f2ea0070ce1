// Writes the bench pages (one per library and page version) under .tmp/bench/, which the bench
// server serves at / next to the repository's dist/ and node_modules/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderPage } from './site.mjs';

/** Folder of the generated pages, relative to the repository root. */
export const pagesDir = '.tmp/bench';

/**
 * Writes every page; returns their paths by library id and version.
 * @param {import('./libraries/index.mjs').Library[]} libraries
 * @returns {Record<string, { verbatim: string, docs: string }>}
 */
export function writePages(libraries) {
  const dir = fileURLToPath(new URL(`../${pagesDir}/`, import.meta.url));
  mkdirSync(dir, { recursive: true });
  const paths = {};
  for (const lib of libraries) {
    paths[lib.id] = {};
    for (const variant of /** @type {const} */ (['verbatim', 'docs'])) {
      const name = `${lib.id}-${variant}.html`;
      writeFileSync(`${dir}${name}`, renderPage(lib.page(variant)));
      paths[lib.id][variant] = `/${name}`;
    }
  }
  return paths;
}
