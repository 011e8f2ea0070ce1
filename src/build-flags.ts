/**
 * `true` only in dist/tamis.js, the `<head>` IIFE: rollup.config.mjs rewrites this constant for
 * that build, and terser then drops what is guarded by it. The head script of a page is never
 * stopped, so its cleanup functions (which tests and npm users call) are left out; nor does it
 * report config errors (tamis-deferred.js logs them, with messages), so their paths are left out.
 * Every other build, the tests and the npm package keep everything (`false`).
 */
export const HEAD_BUNDLE: boolean = false;

/** What a cleanup becomes in the head bundle. */
export const noop = (): void => {};
