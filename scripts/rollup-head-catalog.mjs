// Rollup plugin for dist/tamis.js: replaces vendors/index.ts with the compact table `<head>` needs
// to block (id, purpose, URL patterns), generated at build time from the vendor files themselves,
// so a new file in vendors/ (listed in vendors/index.ts) flows in with no other edit. Names,
// companies, policies, cookies and texts stay out of `<head>` (the deferred module and the UI take
// them from vendors/*.ts, see rollup-strip-vendor-details.mjs).
//
// The table is one string: vendors grouped by purpose, `purpose,id url url,id url|purpose,…`;
// a RegExp pattern is written `~N` (the Nth of an array of RegExp literals), `host~N` when it is
// anchored on one host (computed here: the head does not carry that rule); an id equal to the
// second-level label of one of the vendor's hosts (`hotjar` for `hotjar.com`) is left empty, that
// host's pattern coming first (the order of a vendor's patterns does not matter to matching); a
// host that is one label + `.com` is written without `.com` (`hotjar`: no catalog host is a single
// label), any other `.com` host without `com` (`www.googletagmanager.`: no catalog host ends in a
// dot). Measured on a 104-vendor, 182-pattern catalog: 1,547 B gzip against 2,069 B as object
// literals; gzip already folds the repeated keys, the string saves the punctuation around them and
// the ids. On 117 vendors and 237 patterns, the reordering and the `.com` rule saved 75 B more, and
// `com` dropped from the other `.com` hosts 20 B more.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const INDEX = /[\\/]vendors[\\/]index\.(ts|js)$/;

/** The second-level label of a string pattern's host (`hotjar` for `static.hotjar.com/c`). */
const label = (u) => u.split('/')[0].split('.').at(-2);

/** The id the decoder derives from a vendor's URL patterns: second-level label of its first string pattern's host. */
export const derivedId = (urls) => {
  const first = urls.find((u) => typeof u == 'string');
  return first && label(first);
};

/** Bundles a TypeScript module with esbuild and imports it in Node. */
async function importTs(file) {
  const { outputFiles } = await build({ entryPoints: [file], bundle: true, format: 'esm', write: false, platform: 'neutral', logLevel: 'error' });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}

// The runtime's own rule for the host a RegExp is anchored on, applied here so that the head does
// not carry it (src/blocker/url-matcher.ts, `AnchoredRegExp`).
const { anchoredHost } = await importTs(fileURLToPath(new URL('../src/blocker/url-matcher.ts', import.meta.url)));

/**
 * A string pattern as the table writes it: a `.com` host loses `com` (`www.googletagmanager.`),
 * and the dot too when it is of one label (`hotjar`). src/head-catalog.ts puts them back.
 */
export const shorten = (u) => u.replace(/^([^./]+)\.com(?=\/|$)/, '$1').replace(/^([^/]*\.)com(?=\/|$)/, '$1');

/** Encodes a catalog: returns the table string and the RegExp sources. */
export function encodeCatalog(catalog) {
  const regexps = [];
  const groups = new Map();
  for (const v of catalog) {
    for (const u of v.urls) {
      if (typeof u != 'string') continue;
      if (/[\s,|~]/.test(u)) throw new Error(`vendors/${v.id}: URL pattern ${JSON.stringify(u)} has a space, comma, | or ~`);
      if (!u.split('/')[0].includes('.')) throw new Error(`vendors/${v.id}: URL pattern ${JSON.stringify(u)} has a host of one label`);
      if (u.split('/')[0].endsWith('.')) throw new Error(`vendors/${v.id}: URL pattern ${JSON.stringify(u)} has a host that ends in a dot`);
    }
    if (/[\s,|]/.test(v.id)) throw new Error(`vendors/${v.id}: id has a space, comma or |`);
    // The pattern the id derives from first, when there is one.
    const own = v.urls.filter((u) => typeof u == 'string' && label(u) === v.id).slice(0, 1);
    const ordered = [...own, ...v.urls.filter((u) => u !== own[0])];
    const urls = ordered.map((u) => (typeof u == 'string' ? shorten(u) : `${anchoredHost(u.source) ?? ''}~${regexps.push(u) - 1}`));
    const id = derivedId(ordered) === v.id ? '' : v.id;
    if (!groups.has(v.purpose)) groups.set(v.purpose, []);
    groups.get(v.purpose).push([id, ...urls].join(' '));
  }
  return { table: [...groups].map(([purpose, list]) => [purpose, ...list].join(',')).join('|'), regexps };
}

/** The module that replaces vendors/index.ts in the head bundle. */
export function catalogModule({ table, regexps }) {
  return `import { decodeCatalog } from ${JSON.stringify(fileURLToPath(new URL('../src/head-catalog.ts', import.meta.url)))};
export const catalog = /*#__PURE__*/ decodeCatalog(${JSON.stringify(table)}, [${regexps.map(String).join(', ')}]);
`;
}

/** Loads vendors/index.ts (TypeScript) in Node and returns its `catalog`. */
export const loadCatalog = async (file) => (await importTs(file)).catalog;

/** @returns {import('rollup').Plugin} */
export function headCatalog() {
  return {
    name: 'tamis-head-catalog',
    async load(id) {
      if (!INDEX.test(id)) return null;
      // Rebuild when a vendor file changes (watch mode).
      const catalog = await loadCatalog(id);
      return { code: catalogModule(encodeCatalog(catalog)), map: null };
    },
  };
}
