// Builds, all with source maps:
//   dist/tamis.js      classic IIFE for the first <script> in <head>: runtime + vendor catalog, no Lit
//   dist/tamis-deferred.js  ES module loaded on demand by tamis.js (import() next to it): writing
//                      the record, applying decisions, release, clearing, receipts, config messages
//   dist/tamis-first.js     ES module, what tamis.js loads on a first visit: tamis-deferred.js and
//                      tamis-banner.js in one file
//   dist/tamis-banner.js    ES module, what a first visit draws: banner and placeholder without Lit,
//                      their texts in English; other languages' banner texts are small chunks
//   dist/tamis-placeholder.js  the placeholder alone (returning visitors on pages with blocked iframes)
//   dist/tamis-ui.js   ES module with Lit bundled, the whole UI (preferences, cookie table, link),
//                      loaded on demand; languages other than English are split into dist/chunks/
//   dist/esm/          ES modules for npm users (lit, @floating-ui/dom, js-cookie left as imports)
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import { stripVendorDetails } from './scripts/rollup-strip-vendor-details.mjs';
import { languagesFromFolder, firstVisitTexts, BANNER_KEYS, PLACEHOLDER_KEYS } from './scripts/rollup-languages.mjs';
import { minifyCss } from './scripts/rollup-minify-css.mjs';
import { vendorNameFiles } from './scripts/rollup-vendor-names.mjs';

const ts = () =>
  typescript({
    tsconfig: './tsconfig.json',
    include: ['src/**/*.ts', 'components/**/*.ts', 'vendors/**/*.ts'],
    compilerOptions: { noEmit: false, declaration: false, declarationMap: false, sourceMap: true },
    noEmitOnError: false,
  });

// Lit reads NODE_ENV to pick its production build; dev-mode warnings are stripped.
const production = () =>
  replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } });

// Internal property names shared by dist/tamis.js and dist/tamis-deferred.js (the runtime's `Core`,
// the blocker's context) get the same short names in both: a fixed table, not terser's choice,
// so that the two files, minified apart, still agree. Public API and catalog fields are not listed;
// nor are names that are also DOM properties (`platform`, `events`, `input`): terser never mangles
// those, in either file.
const INTERNAL = {
  record: '_r', later: '_l', hooks: '_k', toConsent: '_c', purposeAllowed: '_a', vendorAllowed: '_v',
  releaser: '_x', onBlocked: '_o', isAllowed: '_i', passed: '_p', seen: '_s',
  catalog: '_g', blocker: '_b',
};
const internalProps = () => ({
  regex: new RegExp(`^(${Object.keys(INTERNAL).join('|')})$`),
  cache: { props: Object.fromEntries(Object.entries(INTERNAL).map(([k, v]) => ['$' + k, v])) },
});

const minify = ({ props = false } = {}) =>
  terser({
    ecma: 2020,
    module: true,
    // keep_fargs off (unused parameters dropped) only in tamis.js and tamis-deferred.js: our own code,
    // where no function reads its own `length`.
    compress: { passes: 3, pure_getters: true, unsafe_arrows: true, keep_fargs: !props },
    mangle: props ? { properties: internalProps() } : true,
    format: { comments: false },
  });

/**
 * For dist/tamis.js: the dynamic `import('./deferred/index.js')` of the runtime stays an import of
 * the separate file `./tamis-deferred.js`. A classic script resolves `import()` against its own URL
 * (HTML, "fetch an import() module script graph": the referencing script's base URL), so it loads
 * from the folder tamis.js came from.
 */
const deferredExternal = () => ({
  name: 'tamis-deferred-external',
  resolveDynamicImport(specifier) {
    if (typeof specifier == 'string' && /\/deferred\/index\.js$/.test(specifier)) return { id: './tamis-deferred.js', external: 'relative' };
    return null;
  },
});

/**
 * For dist/tamis.js: sets `HEAD_BUNDLE` (src/build-flags.ts) to `true`, after TypeScript, so that
 * terser drops the cleanup functions and config error paths that the `<head>` script never uses.
 */
const headBundle = () => ({
  name: 'tamis-head-bundle',
  transform(code, id) {
    if (!/[\\/]src[\\/]build-flags\.ts$/.test(id)) return null;
    const out = code.replace(/(export const HEAD_BUNDLE\b[^=]*=\s*)false/, '$1true');
    if (out == code) this.error('HEAD_BUNDLE not found in src/build-flags.ts');
    return { code: out, map: null };
  },
});

/** The virtual entry of dist/tamis-first.js. */
const FIRST_VISIT = '\0tamis-first';
const firstVisitEntry = () => ({
  name: 'tamis-first-visit-entry',
  resolveId: (id) => (id == FIRST_VISIT ? id : null),
  load: (id) =>
    id == FIRST_VISIT
      ? `import ${JSON.stringify(new URL('components/first-visit.ts', import.meta.url).pathname)};
export { createDeferred } from ${JSON.stringify(new URL('src/deferred/index.ts', import.meta.url).pathname)};`
      : null,
});

const external = ['lit', /^lit\//, /^@lit\//, '@floating-ui/dom', 'js-cookie'];

export default [
  {
    input: 'src/auto.ts',
    // A hidden source map: dist/tamis.js.map is written but not named by a `sourceMappingURL` comment,
    // which every visitor would download (30 B gzip) for the sake of DevTools. Attach the map in
    // DevTools, or send a `SourceMap: tamis.js.map` response header (README, Development).
    output: { file: 'dist/tamis.js', format: 'iife', sourcemap: 'hidden' },
    plugins: [production(), deferredExternal(), nodeResolve({ browser: true }), ts(), headBundle(), stripVendorDetails({ data: true }), minify({ props: true })],
  },
  {
    // What a decision needs; receipts and the data a withdrawal clears are chunks of their own.
    input: { 'tamis-deferred': 'src/deferred/index.ts' },
    // The entry may export what its chunks import back (js-cookie's helpers…): no facade file.
    preserveEntrySignatures: 'allow-extension',
    output: { dir: 'dist', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/deferred-[name]-[hash].js' },
    plugins: [production(), nodeResolve({ browser: true }), ts(), stripVendorDetails(), minify({ props: true })],
  },
  {
    // dist/tamis-first.js: what tamis.js loads on a first visit with tamis's own UI, the deferred
    // module and tamis-banner.js in one file (one request, one gzip window). Composed here: src/
    // may not import components/.
    input: { 'tamis-first': FIRST_VISIT },
    preserveEntrySignatures: 'allow-extension',
    output: { dir: 'dist', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/first-[name]-[hash].js' },
    plugins: [
      firstVisitEntry(),
      production(),
      languagesFromFolder('banner'),
      vendorNameFiles(),
      nodeResolve({ browser: true }),
      ts(),
      stripVendorDetails(),
      firstVisitTexts([...BANNER_KEYS, ...PLACEHOLDER_KEYS]),
      minifyCss(),
      minify({ props: true }),
    ],
  },
  // The first-visit files, each one file (one round trip) but for the page's language: built apart
  // so that they share no chunk. Texts: the banner's and placeholder's only; catalog: ids and names.
  ...[
    ['tamis-banner', 'components/first-visit.ts', [...BANNER_KEYS, ...PLACEHOLDER_KEYS]],
    ['tamis-placeholder', 'components/placeholder-entry.ts', PLACEHOLDER_KEYS],
  ].map(([name, input, keys]) => ({
    input: { [name]: input },
    output: { dir: 'dist', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/first-[name]-[hash].js' },
    plugins: [production(), languagesFromFolder(name.slice(6)), vendorNameFiles(), nodeResolve({ browser: true }), ts(), firstVisitTexts(keys), minifyCss(), minify()],
  })),
  {
    input: { 'tamis-ui': 'components/bundle.ts' },
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    plugins: [production(), languagesFromFolder(), nodeResolve({ browser: true }), ts(), minifyCss(), minify()],
  },
  {
    input: { index: 'src/index.ts', components: 'components/index.ts', vendors: 'vendors/index.ts' },
    output: { dir: 'dist/esm', format: 'es', sourcemap: true, chunkFileNames: 'chunks/[name]-[hash].js' },
    external,
    plugins: [languagesFromFolder(), nodeResolve({ browser: true }), ts()],
  },
];
