// Builds, all with source maps:
//   dist/tamis.js      classic IIFE for the first <script> in <head>: runtime + vendor catalog, no Lit
//   dist/tamis-deferred.js  ES module loaded on demand by tamis.js (import() next to it): writing
//                      the record, applying decisions, release, clearing, receipts, config messages
//   dist/tamis-banner.js  ES module, no Lit: banner + placeholder, what a first visit shows
//   dist/tamis-placeholder.js  ES module, no Lit: the iframe placeholder alone (returning visitors)
//   dist/tamis-ui.js   ES module with Lit bundled, loaded on demand by tamis.js; languages other
//                      than English are split into dist/chunks/ and loaded only when used
//   dist/esm/          ES modules for npm users (lit, @floating-ui/dom, js-cookie left as imports)
//   dist/vite.js       the `tamis/vite` plugin (Node; serves the browser files next to it)
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import { stripVendorDetails } from './scripts/rollup-strip-vendor-details.mjs';
import { headCatalog } from './scripts/rollup-head-catalog.mjs';
import { vendorNameFiles } from './scripts/rollup-vendor-names.mjs';
import { minifyCssLiterals } from './scripts/rollup-minify-css.mjs';

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
// so that the two files, minified apart, still agree. Public API and catalog fields are not listed.
// `builtins`: names listed here are mangled even where terser knows them as DOM properties
// (`index`, `input`, `platform`), so none listed may be read or written on a DOM object in either
// file (`rel`, `reload`: the runtime sets a link's `rel` and calls `location.reload()`).
const INTERNAL = {
  record: '_r', later: '_l', hooks: '_k', toConsent: '_c', purposeAllowed: '_a', vendorAllowed: '_v',
  releaser: '_x', onBlocked: '_o', isAllowed: '_i', passed: '_p', seen: '_s',
  catalog: '_g', blocker: '_b',
  fresh: '_f', index: '_n', hosts: '_h', any: '_y', watch: '_w', unknown: '_u', harmless: '_q',
  api: '_A', emit: '_E', scriptSrc: '_S', notify: '_N', input: '_I', platform: '_P', release: '_R', start: '_T', stop: '_Z', reread: '_D',
};
const internalProps = () => ({
  regex: new RegExp(`^(${Object.keys(INTERNAL).join('|')})$`),
  builtins: true,
  cache: { props: Object.fromEntries(Object.entries(INTERNAL).map(([k, v]) => ['$' + k, v])) },
});

const minify = ({ props = false, preamble = undefined } = {}) =>
  terser({
    ecma: 2020,
    module: true,
    // keep_fargs off (unused parameters dropped) only in tamis.js and tamis-deferred.js: our own code,
    // where no function reads its own `length`.
    compress: { passes: 4, pure_getters: true, unsafe_arrows: true, keep_fargs: !props },
    mangle: props ? { properties: internalProps() } : true,
    format: { comments: false, preamble },
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

/**
 * V8's explicit compile hint (v8.dev/blog/explicit-compile-hints, Chrome 136+): every function of
 * dist/tamis.js is compiled with the script instead of lazily at its first call. Almost all of them
 * run while it is evaluated (config, catalog, patches, integrations), and lazy compiling parses each
 * twice. Measured with bench/startup-profile.mjs at 4× CPU (issue #13): the evaluation task's median
 * 120 → 59 ms (thread time 53 → 39 ms, 14 paired loads); +19 B gzip. Other browsers ignore it.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

const external = ['lit', /^lit\//, /^@lit\//, '@floating-ui/dom', 'js-cookie'];

export default [
  {
    input: 'src/auto.ts',
    // A hidden source map: dist/tamis.js.map is written but not named by a `sourceMappingURL` comment,
    // which every visitor would download (30 B gzip) for the sake of DevTools. Attach the map in
    // DevTools, or send a `SourceMap: tamis.js.map` response header (README, Development).
    output: { file: 'dist/tamis.js', format: 'iife', sourcemap: 'hidden' },
    plugins: [production(), deferredExternal(), headCatalog(), nodeResolve({ browser: true }), ts(), headBundle(), minify({ props: true, preamble: COMPILE_HINT })],
  },
  {
    input: 'src/deferred/index.ts',
    // The config messages (validate-config.ts) are split into dist/chunks/, imported relative to
    // tamis-deferred.js. 'allow-extension': the code both share stays in tamis-deferred.js (which
    // then exports it to the chunk) rather than in a third file tamis-deferred.js would wait for.
    preserveEntrySignatures: 'allow-extension',
    output: { dir: 'dist', format: 'es', sourcemap: true, entryFileNames: 'tamis-deferred.js', chunkFileNames: 'chunks/[name]-[hash].js' },
    plugins: [production(), nodeResolve({ browser: true }), ts(), stripVendorDetails({ clearing: true }), minify({ props: true })],
  },
  {
    // dist/tamis-banner.js: what a first visit shows (banner and placeholder, no Lit), preloaded by
    // tamis.js with the deferred module; tamis-ui.js imports it (by URL) rather than bundling a copy.
    // Its chunks (the languages) are named without a hash, as the files at the top of dist/ are:
    // their URLs, listed in this file, then compress well (-240 B gzip, issue 13).
    input: { 'tamis-banner': 'components/first-visit.ts' },
    output: { dir: 'dist', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/banner-[name].js' },
    plugins: [production(), vendorNameFiles(), nodeResolve({ browser: true }), ts(), minifyCssLiterals(), minify()],
  },
  {
    // dist/tamis-placeholder.js: the placeholder alone, without Lit, for a returning visitor whose
    // page keeps iframes blocked (tamis.js imports it next to itself); built apart so that it shares
    // no chunk with tamis-ui.js (one file but for the page's language and the vendor's name).
    // Its language chunks too are named without a hash (see tamis-banner.js above).
    input: { 'tamis-placeholder': 'components/placeholder-entry.ts' },
    output: { dir: 'dist', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/placeholder-[name].js' },
    plugins: [production(), vendorNameFiles(), nodeResolve({ browser: true }), ts(), minifyCssLiterals(), minify()],
  },
  {
    input: { 'tamis-ui': 'components/bundle.ts' },
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    plugins: [production(), nodeResolve({ browser: true }), ts(), minifyCssLiterals(), stripVendorDetails({ ui: true }), minify()],
  },
  {
    input: { index: 'src/index.ts', components: 'components/index.ts', vendors: 'vendors/index.ts' },
    output: { dir: 'dist/esm', format: 'es', sourcemap: true, chunkFileNames: 'chunks/[name]-[hash].js' },
    external,
    plugins: [nodeResolve({ browser: true }), ts()],
  },
  {
    input: 'bundlers/vite.ts',
    output: { file: 'dist/vite.js', format: 'es' },
    external: [/^node:/, 'vite'],
    plugins: [
      typescript({
        tsconfig: './bundlers/tsconfig.json',
        include: ['bundlers/**/*.ts', 'src/**/*.ts', 'vendors/**/*.ts'],
        compilerOptions: { noEmit: false, declaration: false, declarationMap: false },
        noEmitOnError: true,
      }),
    ],
  },
];
