// Helpers the library set-ups share: rewriting one snippet part into the markup a library's docs
// ask for, and reading a peer's pinned version.
import { readFileSync } from 'node:fs';

/** Version of an installed package, as installed (the bench reports what it ran). */
export function installedVersion(pkg) {
  const url = new URL(`../../node_modules/${pkg}/package.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')).version;
}

/** Escapes text for an HTML attribute or a script string. */
export const attr = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
